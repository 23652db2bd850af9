package net.kestrelridge.provisioning.dashboard;

import java.net.URI;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.config.DashboardSettings;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read-only status look-ups through the legacy inetwork host, used while the circuit breaker for
 * the primary Dashboard host is open. Writes are never sent here.
 */
@Singleton
public class LegacyFallbackClient {

    private static final Logger log = LoggerFactory.getLogger(LegacyFallbackClient.class);
    private static final String ORDER_STATUS_URL = "https://%s/v1.0/accounts/%s/orders/%s";

    private final DashboardHttpClient client;
    private final DashboardSettings settings;

    @Inject
    public LegacyFallbackClient(DashboardHttpClient client, DashboardSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public Optional<String> orderStatus(String orderId) {
        if (!settings.hasLegacyFallback()) {
            return Optional.empty();
        }
        String host = URI.create(settings.legacyFallbackUrl()).getHost();
        String url = String.format(ORDER_STATUS_URL, host, settings.accountId(), orderId);
        log.info("primary Dashboard unavailable, reading order {} from {}", orderId, host);
        return Optional.of(client.get(URI.create(url)));
    }

    public Optional<String> importOrderStatus(String orderId) {
        if (!settings.hasLegacyFallback()) {
            return Optional.empty();
        }
        HttpHost host = HttpHost.create(URI.create(settings.legacyFallbackUrl()));
        return Optional.of(client.send(() -> ClassicRequestBuilder.get()
                .setHttpHost(host)
                .setPath(DashboardPaths.V1_ACCOUNTS + settings.accountId() + "/importTnOrders/" + orderId)
                .build()));
    }
}
