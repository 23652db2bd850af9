package net.kestreltel.portdesk.hosted;

import com.bandwidth.iris.sdk.IrisClient;
import com.google.inject.Inject;
import com.google.inject.name.Named;

import java.util.Map;

import static com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.GetHistory;
import static com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.List;

/** Weekly audit of hosted-messaging removals, compared with the CRM's cancellation tickets. */
public class HostedMessagingAuditJob {

    private final IrisClient client;

    @Inject
    public HostedMessagingAuditJob(@Named("lnp") IrisClient client) {
        this.client = client;
    }

    public int removalsSince(String date) throws Exception {
        var orders = List(client, Map.of("createdDateFrom", date));
        return orders == null ? 0 : orders.getTotalCount();
    }

    public String lastNote(String orderId) throws Exception {
        var history = GetHistory(client, orderId);
        return history == null ? null : history.toString();
    }
}
