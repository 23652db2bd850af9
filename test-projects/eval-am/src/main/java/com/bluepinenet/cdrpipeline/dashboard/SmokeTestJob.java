package com.bluepinenet.cdrpipeline.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.bluepinenet.cdrpipeline.config.DashboardEndpoints;
import com.bluepinenet.cdrpipeline.config.DashboardProperties;
import com.bluepinenet.cdrpipeline.messaging.NocSmsNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Weekday morning end-to-end check on the lab site: re-orders the lab numbers, reads the canary
 * number and the E911 address book. Pages the NOC when something does not answer as expected.
 */
@Component
@ConditionalOnProperty(name = "smoke.enabled", havingValue = "true", matchIfMissing = true)
public class SmokeTestJob {

    private static final Logger log = LoggerFactory.getLogger(SmokeTestJob.class);

    private final DashboardHttpClient client;
    private final DashboardProperties props;
    private final XmlTemplates templates;
    private final RouteCatalog routes;
    private final NocSmsNotifier noc;

    public SmokeTestJob(DashboardHttpClient client, DashboardProperties props, XmlTemplates templates,
                        RouteCatalog routes, NocSmsNotifier noc) {
        this.client = client;
        this.props = props;
        this.templates = templates;
        this.routes = routes;
        this.noc = noc;
    }

    @Scheduled(cron = "${smoke.cron:0 0 6 * * MON-FRI}", zone = "America/New_York")
    public void run() {
        CompletableFuture.allOf(orderLabNumbers(), checkCanary(), checkE911())
                .exceptionally(err -> {
                    log.error("Dashboard smoke test failed", err);
                    noc.page("Dashboard smoke test failed: " + err.getMessage());
                    return null;
                })
                .join();
    }

    CompletableFuture<Void> orderLabNumbers() {
        String order = templates.render("lab-order.xml", Map.of(
                "customerOrderId", "smoke-" + LocalDate.now(),
                "siteId", props.getSiteId(),
                "peerId", props.getSipPeerId()));
        return client.postXml(String.format(DashboardEndpoints.ORDERS, props.getAccountId()), order)
                .thenApply(InventoryClient::extractNumbers)
                .thenAccept(ordered -> {
                    if (ordered.size() != 2) {
                        throw new IllegalStateException("lab order returned " + ordered);
                    }
                });
    }

    CompletableFuture<Void> checkCanary() {
        String path = routes.resolve("tnDetails", Map.of("tn", routes.canaryTn()));
        return client.get(path)
                .thenApply(TnDetailParser::parse)
                .thenAccept(detail -> {
                    if (detail.fullNumber().length() != 10 || !detail.inService()) {
                        throw new IllegalStateException("canary number answered " + detail);
                    }
                });
    }

    CompletableFuture<Void> checkE911() {
        String path = routes.resolve("e911Addresses", Map.of("accountId", props.getAccountId()));
        return client.get(path).thenAccept(xml -> {
            if (!xml.contains("<Address>")) {
                throw new IllegalStateException("E911 address book is empty");
            }
        });
    }

    List<String> labNumbers() {
        return InventoryClient.extractNumbers(templates.raw("lab-order.xml"));
    }
}
