package net.northwindtel.provisioning.scheduling;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrderSummary;
import com.bandwidth.iris.sdk.model.ImportTnOrders;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderSummary;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrders;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import net.northwindtel.provisioning.store.TnInventoryRepository;
import net.northwindtel.provisioning.store.TnInventoryRepository.State;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Polls hosted-messaging import and removal orders that are still processing, and hands completed
 * numbers to the SMS routing gateway (which wants 11-digit NANP numbers).
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class ImportOrderPollingJob {

    private final IrisClient irisClient;
    private final TnInventoryRepository inventory;
    private final SmsRoutingGateway smsRoutingGateway;

    /** Thin facade over the SMSC provisioning socket; mocked in tests. */
    public interface SmsRoutingGateway {
        void route(String elevenDigitTn);

        void unroute(String elevenDigitTn);
    }

    @Slf4j
    @Component
    static class LoggingSmsRoutingGateway implements SmsRoutingGateway {
        @Override
        public void route(String elevenDigitTn) {
            log.info("route {}", elevenDigitTn);
        }

        @Override
        public void unroute(String elevenDigitTn) {
            log.info("unroute {}", elevenDigitTn);
        }
    }

    @Scheduled(fixedDelayString = "${provisioning.jobs.import-poll-delay:PT5M}", initialDelayString = "PT1M")
    public void pollImports() throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("createdDateFrom", LocalDate.now().minusDays(7).toString());
        query.put("status", "PROCESSING");
        ImportTnOrders orders = ImportTnOrder.List(irisClient, query);
        for (ImportTnOrderSummary summary : orders.getImportTnOrderSummaryList()) {
            ImportTnOrder order = ImportTnOrder.Get(irisClient, summary.getOrderId());
            if (!"COMPLETE".equals(order.getProcessingStatus())) {
                continue;
            }
            for (TelephoneNumber number : order.getTelephoneNumberList()) {
                String tn = number.getFullNumber();
                smsRoutingGateway.route("1" + tn);
                inventory.findByTn(tn).ifPresent(r -> inventory.save(r.withState(State.HOSTED_MESSAGING, order.getOrderId())));
            }
        }
    }

    @Scheduled(fixedDelayString = "${provisioning.jobs.import-poll-delay:PT5M}", initialDelayString = "PT2M")
    public void pollRemovals() throws Exception {
        Map<String, Object> query = Map.of("status", "COMPLETE", "createdDateFrom", LocalDate.now().minusDays(1).toString());
        RemoveImportedTnOrders removals = RemoveImportedTnOrder.List(irisClient, query);
        for (RemoveImportedTnOrderSummary summary : removals.getRemoveImportedTnOrderSummaryList()) {
            log.info("Removal order {} completed", summary.getOrderId());
        }
    }
}
