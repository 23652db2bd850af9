package net.halyardcomm.backoffice.jobs;

import static com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.GetHistory;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.OrderHistory;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;

/** Weekly audit of hosted-messaging imports and removals for the compliance report. */
public class HostedMessagingAudit {

    private static final Logger LOG = Logger.getLogger(HostedMessagingAudit.class.getName());

    private final IrisClient client;

    public HostedMessagingAudit(IrisClient client) {
        this.client = client;
    }

    public List<String> removalTrail(String removalOrderId) throws Exception {
        OrderHistoryWrapper history = GetHistory(client, removalOrderId);
        return describe(history);
    }

    public List<String> importTrail(String importOrderId) throws Exception {
        OrderHistoryWrapper history = ImportTnOrder
                .GetHistory(client, importOrderId);
        return describe(history);
    }

    private static List<String> describe(OrderHistoryWrapper wrapper) {
        List<String> lines = new ArrayList<String>();
        if (wrapper == null || wrapper.getOrderHistoryList() == null) {
            return lines;
        }
        for (OrderHistory h : wrapper.getOrderHistoryList()) {
            lines.add(h.getOrderDate() + " " + h.getStatus() + " " + h.getNote());
        }
        LOG.fine("history has " + lines.size() + " entries");
        return lines;
    }
}
