package com.harborline.numbering.jobs;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrderSummary;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.harborline.numbering.dto.ImportOrderStatus;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Every 15 minutes: refreshes the status of hosted messaging import orders we are waiting on
 * and, once a day, picks up import orders created by hand in the Dashboard UI.
 */
public class ImportOrderStatusJob extends Job {

    public ImportOrderStatusJob() {
        super("importOrderStatus");
    }

    @Override
    protected JobResult execute(JobContext context) throws Exception {
        IrisClient client = context.irisClients().production();
        int refreshed = 0;
        for (ImportOrderStatus open : context.orders().openImportOrders()) {
            ImportTnOrder order = ImportTnOrder.Get(client, open.orderId());
            context.orders().record(open.orderId(), open.customerOrderId(), order.getProcessingStatus(),
                    order.getTelephoneNumberList() == null ? 0 : order.getTelephoneNumberList().size());
            if ("FAILED".equals(order.getProcessingStatus())) {
                OrderHistoryWrapper history = ImportTnOrder.GetHistory(client, open.orderId());
                log.warn("import order {} failed, history: {}", open.orderId(), history);
            }
            refreshed++;
        }
        if (Boolean.parseBoolean(settings.getOrDefault("discoverManualOrders", "true"))) {
            Map<String, Object> query = new HashMap<>();
            query.put("createdDateFrom", LocalDate.now(context.clock()).minusDays(1).toString());
            ImportTnOrders recent = ImportTnOrder.List(client, query);
            if (recent != null && recent.getImportTnOrderSummaryList() != null) {
                for (ImportTnOrderSummary s : recent.getImportTnOrderSummaryList()) {
                    context.orders().record(s.getOrderId(), "MANUAL", s.getOrderStatus(), s.getCountOfTNs());
                }
            }
        }
        return JobResult.ok(refreshed);
    }
}
