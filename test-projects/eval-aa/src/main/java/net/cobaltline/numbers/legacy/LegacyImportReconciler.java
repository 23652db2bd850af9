package net.cobaltline.numbers.legacy;

import static com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.GetHistory;

import java.net.URI;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.IrisResponse;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrders;

import org.apache.http.client.utils.URIBuilder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Weekly job (run by the reseller team): lists removal orders, prints their history and
 * builds direct links for the support tickets.
 */
public class LegacyImportReconciler {

    private static final Logger log = LoggerFactory.getLogger(LegacyImportReconciler.class);

    private final IrisClient iris;
    private final String accountId;

    public LegacyImportReconciler(IrisClient iris, String accountId) {
        this.iris = iris;
        this.accountId = accountId;
    }

    public int reconcileRemovals() throws Exception {
        RemoveImportedTnOrders list = RemoveImportedTnOrder.List(iris, Map.of("status", "FAILED"));
        int n = 0;
        for (var summary : list.getRemoveImportedTnOrderSummaryList()) {
            OrderHistoryWrapper history = GetHistory(iris, summary.getOrderId());
            log.info("Removal {} failed: {}", summary.getOrderId(), history);
            n++;
        }
        return n;
    }

    /** Raw import-order listing through the SDK's HTTP plumbing, for the CSV the support team wants. */
    public String rawImportOrders() throws Exception {
        String uri = iris.buildAccountModelUri(new String[] {IrisPath.IMPORT_TN_ORDERS});
        IrisResponse response = iris.get(uri);
        return response.getResponseBody();
    }

    /** Link for a support ticket; the ticket tool still resolves the old API host. */
    public URI ticketLink(String orderId) throws Exception {
        return new URIBuilder("https://api.inetwork.com")
                .setPath("/v1.0/accounts/" + accountId + "/removeImportedTnOrders/" + orderId)
                .build();
    }
}
