package net.kestrelwave.provisioning.inventory;

import io.micrometer.core.instrument.MeterRegistry;
import net.kestrelwave.provisioning.config.EnvironmentConfig;
import net.kestrelwave.provisioning.dashboard.DashboardHttpClient;
import net.kestrelwave.provisioning.dashboard.DashboardXml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Mirrors the Dashboard's in-service numbers into the billing database, one area code at a time.
 */
public class InventorySyncJob {

    /**
     * One in-service number as mirrored into the billing database (table tn_inventory, numeric columns
     * because the billing team joins on them).
     */
    public record InventoryEntry(
            long telephoneNumber,
            int areaCode,
            String status) {

        public boolean isTollFree() {
            return areaCode >= 800 && areaCode <= 899;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(InventorySyncJob.class);
    private static final int PAGE_SIZE = 500;

    private final DashboardHttpClient dashboard;
    private final DashboardXml xml;
    private final EnvironmentConfig env;
    private final MeterRegistry meters;

    public InventorySyncJob(DashboardHttpClient dashboard, DashboardXml xml, EnvironmentConfig env,
                            MeterRegistry meters) {
        this.dashboard = dashboard;
        this.xml = xml;
        this.env = env;
        this.meters = meters;
    }

    public List<InventoryEntry> syncAreaCode(String npa) {
        List<InventoryEntry> entries = new ArrayList<>();
        String path = "/accounts/" + env.accountId() + "/inserviceNumbers?areacode=" + npa + "&page=";
        for (int page = 1; ; page++) {
            URI uri = URI.create(env.dashboardBaseUrl() + path + page + "&size=" + PAGE_SIZE);
            String body = dashboard.execute("GET", uri, null, "list_inservice_numbers").body();
            List<String> numbers = xml.texts(body, "//TelephoneNumbers/TelephoneNumber");
            for (String tn : numbers) {
                long numeric = Long.parseLong(tn);
                String areaCode = tn.substring(0, 3);
                entries.add(new InventoryEntry(numeric, Integer.parseInt(areaCode), "IN_SERVICE"));
            }
            if (numbers.size() < PAGE_SIZE) {
                break;
            }
        }
        meters.gauge("provisioning.inventory.size", entries.size());
        log.info("synced {} numbers for NPA {}", entries.size(), npa);
        return entries;
    }

    /** Filtered listing used by the rate-center audit. */
    public List<String> listFiltered(String npa, String rateCenter, String state) {
        StringBuilder query = new StringBuilder("?size=").append(PAGE_SIZE);
        if (npa != null) {
            query.append("&areaCode=").append(npa);
        }
        if (rateCenter != null) {
            query.append("&rateCenter=").append(rateCenter);
        }
        if (state != null) {
            query.append("&state=").append(state);
        }
        URI uri = URI.create(env.dashboardBaseUrl() + "/accounts/" + env.accountId() + "/inserviceNumbers" + query);
        return xml.texts(dashboard.execute("GET", uri, null, "audit_inservice").body(), "//TelephoneNumber");
    }

    /** Line format expected by the carrier billing feed: 1NPANXXXXXX,status. */
    public List<String> billingFeed(List<String> dashboardNumbers) {
        List<String> lines = new ArrayList<>();
        for (String tn : dashboardNumbers) {
            lines.add("1" + tn + ",ACTIVE");
        }
        return lines;
    }
}
