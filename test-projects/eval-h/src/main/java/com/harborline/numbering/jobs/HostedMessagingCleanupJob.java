package com.harborline.numbering.jobs;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrders;
import com.harborline.numbering.dto.InventoryNumber;
import com.harborline.numbering.repository.OrderTrackingRepository;
import com.harborline.numbering.sdk.HostedMessagingService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily: numbers whose customer cancelled hosted messaging (status AGING in tn_inventory) are
 * removed from our messaging SIP peer, unless a removal is already in flight.
 */
public class HostedMessagingCleanupJob extends Job {

    private static final int BATCH = 200;

    public HostedMessagingCleanupJob() {
        super("hostedMessagingCleanup");
    }

    @Override
    protected JobResult execute(JobContext context) throws Exception {
        IrisClient client = context.irisClients().production();
        Map<String, Object> query = new HashMap<>();
        query.put("status", "PROCESSING");
        RemoveImportedTnOrders inFlight = RemoveImportedTnOrder.List(client, query);
        if (inFlight != null && inFlight.getTotalCount() > 0) {
            return JobResult.skipped(inFlight.getTotalCount() + " removals still processing");
        }
        List<InventoryNumber> aging = context.numbers().findByStatus("AGING", BATCH);
        if (aging.isEmpty()) {
            return JobResult.ok(0);
        }
        List<String> tns = aging.stream().map(n -> String.valueOf(n.tn())).toList();
        HostedMessagingService service = new HostedMessagingService(client,
                Integer.parseInt(context.props().defaultSiteId()),
                Integer.parseInt(context.props().get("iris.sippeer.messaging")));
        String customerOrderId = OrderTrackingRepository.nextCustomerOrderId(context.clock().millis() % 1_000_000);
        String orderId = service.removeNumbers(customerOrderId, tns);
        context.orders().record(orderId, customerOrderId, "RECEIVED", tns.size());
        return JobResult.ok(tns.size(), "removal order " + orderId);
    }
}
