package com.cobaltline.numbering.sdk;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.FileListResponse;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderSummary;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrders;

/**
 * Daily sweep for hosted messaging orders that got stuck: removals still processing after a week
 * and imports without an LOA.
 */
@Component(service = HostedCleanupComponent.class, property = "scheduler.expression=0 15 6 * * ?")
public class HostedCleanupComponent implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(HostedCleanupComponent.class);

    @Reference
    private IrisClientFactory clients;

    private IrisClient client;

    @Activate
    void activate() {
        client = clients.production();
    }

    @Override
    public void run() {
        try {
            LOG.info("Stuck removals: {}", stuckRemovals());
        } catch (Exception e) {
            LOG.error("Hosted messaging sweep failed", e);
        }
    }

    List<String> stuckRemovals() throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("status", "PROCESSING");
        query.put("createdDateTo", LocalDate.now().minusDays(7).toString());
        RemoveImportedTnOrders orders = com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.List(client, query);
        return orders.getRemoveImportedTnOrderSummaryList().stream()
                .map(RemoveImportedTnOrderSummary::getOrderId)
                .collect(Collectors.toList());
    }

    boolean hasLoa(String importOrderId) throws Exception {
        FileListResponse files = ImportTnOrder.GetLoas(client, importOrderId);
        return files != null && files.getFileCount() > 0;
    }
}
