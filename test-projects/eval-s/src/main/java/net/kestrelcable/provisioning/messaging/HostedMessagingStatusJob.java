package net.kestrelcable.provisioning.messaging;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.kestrelcable.provisioning.config.DashboardProperties;
import net.kestrelcable.provisioning.dashboard.ImportOrdersApi;
import net.kestrelcable.provisioning.dashboard.xml.ImportTnOrderResponsePayload;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Follows hosted messaging import orders until the Dashboard finishes them.
 */
@Component
public class HostedMessagingStatusJob {

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingStatusJob.class);

    private final ImportOrdersApi importOrders;
    private final RestClient restClient;
    private final JdbcTemplate jdbc;
    private final DashboardProperties props;
    private final Clock clock;

    public HostedMessagingStatusJob(ImportOrdersApi importOrders,
                                    @Qualifier("dashboardRestClient") RestClient restClient,
                                    JdbcTemplate jdbc,
                                    DashboardProperties props,
                                    Clock clock) {
        this.importOrders = importOrders;
        this.restClient = restClient;
        this.jdbc = jdbc;
        this.props = props;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 300_000, initialDelay = 60_000)
    public void refresh() {
        List<String> open = jdbc.queryForList(
                "SELECT order_id FROM hosted_messaging_order WHERE status IN ('RECEIVED', 'PROCESSING')", String.class);
        for (String orderId : open) {
            ImportTnOrderResponsePayload order = importOrders.get(orderId);
            String status = order.processingStatus();
            jdbc.update("UPDATE hosted_messaging_order SET status = ? WHERE order_id = ?", status, orderId);
            if ("FAILED".equals(status)) {
                importOrders.history(orderId).entries()
                        .forEach(e -> log.warn("import {} {}: {}", orderId, e.status(), e.note()));
            }
        }
    }

    /**
     * Nightly reconciliation of everything the Dashboard still considers in flight.
     */
    @Scheduled(cron = "0 10 3 * * *")
    public void reconcile() {
        String xml = restClient.get()
                .uri(builder -> builder.path("/accounts/{accountId}/importTnOrders")
                        .queryParam("status", "PROCESSING")
                        .queryParam("createdDateFrom", LocalDate.now(clock).minusDays(30))
                        .build(props.accountId()))
                .retrieve()
                .body(String.class);
        log.info("Import orders still processing: {}", xml == null ? 0 : xml.split("<ImportTnOrderSummary>").length - 1);

        // The voice import pilot (Boulder) was set up directly on the new routes.
        String voice = restClient.get()
                .uri("/accounts/{accountId}/importTnOrders/voice?status=FAILED", props.accountId())
                .retrieve()
                .body(String.class);
        if (voice != null && voice.contains("<ImportTnOrderSummary>")) {
            log.warn("Failed voice import orders in the Boulder pilot");
        }
    }

    public String pilotMessagingOrder(String orderId) {
        return restClient.get()
                .uri("/accounts/{accountId}/importTnOrders/messaging/{orderId}", props.accountId(), orderId)
                .retrieve()
                .body(String.class);
    }
}
