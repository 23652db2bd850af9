package net.kestreltel.numgate.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The smaller {@code kestrel.*} property groups. The Dashboard's own are in {@link DashboardProperties}. */
public final class KestrelProperties {

    private KestrelProperties() {
    }

    @ConfigurationProperties(prefix = "kestrel.inventory")
    public record Inventory(
            @DefaultValue("PT30M") Duration syncInterval,
            List<Integer> areaCodes,
            @DefaultValue("200") int batchSize,
            @DefaultValue("25") int warmPoolPerAreaCode) {

        public List<Integer> areaCodes() {
            return areaCodes == null ? List.of() : areaCodes;
        }
    }

    @ConfigurationProperties(prefix = "kestrel.reconciler")
    public record Reconciler(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("0 15 3 * * *") String cron,
            String inventoryReportId,
            String e911ReportId,
            @DefaultValue("PT10S") Duration pollInterval,
            @DefaultValue("30") int maxPolls,
            @DefaultValue("2") int retentionDays) {
    }

    /**
     * Settings of the legacy hosted-messaging adapter, the last user of the Iris SDK.
     * {@code uri} empty means "use the SDK's built-in host".
     */
    @ConfigurationProperties(prefix = "kestrel.legacy-iris")
    public record LegacyIris(
            @DefaultValue("false") boolean enabled,
            String uri,
            @DefaultValue("v1.0") String version,
            String configFile) {
    }

    /** Kestrel's own CRM, the source of truth for customer service addresses. */
    @ConfigurationProperties(prefix = "kestrel.crm")
    public record Crm(
            @DefaultValue("https://crm.kestreltel.net/api") String baseUrl,
            String apiKey,
            String partnerAccountId) {
    }

    /** Kestrel's internal "Iris" event bus (unrelated to Bandwidth's Iris API). */
    @ConfigurationProperties(prefix = "kestrel.iris-events")
    public record IrisEvents(String endpoint, String token) {
    }
}
