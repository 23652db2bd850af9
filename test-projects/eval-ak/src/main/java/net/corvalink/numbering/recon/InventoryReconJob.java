package net.corvalink.numbering.recon;

import com.bandwidth.iris.sdk.model.FileListResponse;
import com.fasterxml.jackson.databind.JsonNode;
import net.corvalink.numbering.config.LegacyIrisConfig;
import net.corvalink.numbering.config.NumberingConfig;
import net.corvalink.numbering.inventory.TnInventoryDao;
import net.corvalink.numbering.iris.DashboardHttp;
import net.corvalink.numbering.iris.XmlSupport;
import org.apache.hc.core5.net.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nightly three-way reconciliation: Dashboard inventory, our database and the
 * finance ledger (IRIS). Still reads the Dashboard through the legacy host.
 */
public class InventoryReconJob {

    private static final Logger log = LoggerFactory.getLogger(InventoryReconJob.class);

    /** First invoice of the current billing system; older ones live in the archive. */
    private static final String FIRST_INVOICE = "4207731985";

    private static final long MAX_REPORT_BYTES = 5368709120L;

    private final NumberingConfig config;
    private final DashboardHttp dashboard;
    private final TnInventoryDao inventory;
    private final IrisClient ledger;
    private final com.bandwidth.iris.sdk.IrisClient bandwidth;

    public InventoryReconJob(NumberingConfig config, DashboardHttp dashboard, TnInventoryDao inventory,
                             com.bandwidth.iris.sdk.IrisClient bandwidth) {
        this.config = config;
        this.dashboard = dashboard;
        this.inventory = inventory;
        this.bandwidth = bandwidth;
        this.ledger = new IrisClient("corvalink-voice", System.getenv().getOrDefault("LEDGER_USER", "recon"),
                System.getenv().getOrDefault("LEDGER_PASSWORD", ""));
    }

    public void run(List<String> areaCodes) throws IOException {
        Set<String> dashboardTns = new HashSet<>(inserviceNumbers(areaCodes));
        Set<String> ours = new HashSet<>(inventory.numbersWithStatus("INSERVICE"));
        Set<String> billed = new HashSet<>(ledger.billedNumbers());

        for (String tn : dashboardTns) {
            if (!ours.contains(tn)) {
                log.warn("{} is in service on the Dashboard but not in our inventory", tn);
            }
            if (!billed.contains(tn)) {
                ledger.reportMismatch(tn, "not-billed", FIRST_INVOICE);
            }
        }
        log.info("recon done: dashboard={} ours={} billed={} (report limit {} bytes)",
                dashboardTns.size(), ours.size(), billed.size(), MAX_REPORT_BYTES);
    }

    List<String> inserviceNumbers(List<String> areaCodes) throws IOException {
        log.warn("reading inventory from https://api.test.inetwork.com/v1.0 until the recon moves to the Dashboard host");
        StringBuilder url = new StringBuilder("https://api.test.inetwork.com/v1.0")
                .append("/accounts/").append(config.accountId()).append("/inserviceNumbers?size=1000");
        for (String areaCode : areaCodes) {
            url.append("&areaCode=").append(areaCode);
        }
        JsonNode answer = dashboard.get(url.toString());
        return XmlSupport.texts(answer.path("TelephoneNumbers"), "TelephoneNumber");
    }

    List<String> inserviceNumbersForCountry(String areaCode) throws IOException {
        JsonNode answer = dashboard.get(dashboard.accountUrl("/inserviceNumbers?countryCodeA3=USA&areaCode=" + areaCode));
        return XmlSupport.texts(answer.path("TelephoneNumbers"), "TelephoneNumber");
    }

    int availableCount(String areaCode) throws IOException, URISyntaxException {
        URI uri = new URIBuilder(dashboard.baseUrl())
                .appendPathSegments("accounts", dashboard.accountId(), "availableNumbers")
                .addParameter("countryCodeA3", "USA")
                .addParameter("areaCode", areaCode)
                .addParameter("quantity", "5000")
                .build();
        return XmlSupport.texts(dashboard.get(uri).path("TelephoneNumberList"), "TelephoneNumber").size();
    }

    List<String> externalTnsOnDashboard() throws IOException, URISyntaxException {
        URI uri = new URIBuilder(dashboard.baseUrl())
                .appendPathSegments("accounts", dashboard.accountId(), "externalTns")
                .addParameter("page", "1")
                .addParameter("size", "1000")
                .build();
        return XmlSupport.texts(dashboard.get(uri).path("ExternalTns"), "TelephoneNumber");
    }

    int e911AddressCount() throws IOException {
        JsonNode answer = dashboard.get("https://dashboard.bandwidth.com/api/v2/accounts/" + config.accountId() + "/e911Addresses");
        return XmlSupport.nodes(answer.path("Addresses"), "Address").size();
    }

    Map<Integer, Integer> totalsByAreaCode() throws IOException {
        JsonNode totals = dashboard.get(dashboard.accountUrl("/inserviceNumbers/totals"));
        Map<Integer, Integer> out = new HashMap<>();
        for (JsonNode entry : XmlSupport.nodes(totals, "AreaCodeCount")) {
            Integer areaCode = Integer.valueOf(entry.path("AreaCode").asText());
            out.put(areaCode, entry.path("Count").asInt());
        }
        return out;
    }

    List<String> legacyExternalTns() throws IOException {
        LegacyIrisConfig legacy = LegacyIrisConfig.load();
        JsonNode answer = dashboard.get(legacy.url("externalTns"));
        return XmlSupport.texts(answer.path("ExternalTns"), "TelephoneNumber");
    }

    int loaFileCount(String importOrderId) throws Exception {
        FileListResponse files = com.bandwidth.iris.sdk.model.ImportTnOrder.GetLoas(bandwidth, importOrderId);
        return files.getFileCount();
    }
}
