package net.lumivox.numbering.report;

import kong.unirest.HttpResponse;
import kong.unirest.UnirestInstance;
import net.lumivox.numbering.iris.Templates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Nightly reconciliation: asks the Dashboard for the inventory report and compares it with tn_inventory.
 */
public class InventoryReportJob implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(InventoryReportJob.class);

    private final UnirestInstance http;
    private final ReportSettings settings;
    private final ReportCsvParser parser;
    private final String accountId;
    private final Clock clock;

    public InventoryReportJob(UnirestInstance http, ReportSettings settings, ReportCsvParser parser,
                              String accountId, Clock clock) {
        this.http = http;
        this.settings = settings;
        this.parser = parser;
        this.accountId = accountId;
        this.clock = clock;
    }

    @Override
    public void run() {
        String instance = createInstance();
        byte[] csv = http.get(instance + "/file").asBytes().getBody();
        if (csv.length > settings.maxDownloadBytes()) {
            LOG.warn("Report {} is too large ({} bytes)", instance, csv.length);
            return;
        }
        List<ReportCsvParser.ReportRow> rows = parser.parse(new String(csv, StandardCharsets.UTF_8));
        LOG.info("Inventory report has {} numbers", rows.size());
    }

    String createInstance() {
        String body = """
                <Instance>
                  <OutputFormat>csv</OutputFormat>
                  <Parameters>
                    <Parameter>
                      <Name>Account</Name>
                      <Value>%s</Value>
                    </Parameter>
                  </Parameters>
                  <ExpiresAt>%s</ExpiresAt>
                </Instance>
                """.formatted(accountId, LocalDate.now(clock).plusDays(2));
        return postInstance(body);
    }

    String createSubAccountInstance() {
        String body = Templates.render("report-instance.xml", Map.of(
                "accountId", accountId,
                "expiresAt", LocalDate.now(clock).plusDays(2).toString()));
        return postInstance(body);
    }

    String createE164Instance() {
        String body = Templates.render("e164-report-instance.xml", Map.of(
                "accountId", accountId,
                "expiresAt", LocalDate.now(clock).plusDays(2).toString()));
        return postInstance(body);
    }

    private String postInstance(String body) {
        HttpResponse<String> response = http.post(settings.baseUrl() + settings.instancesPath())
                .routeParam("accountId", accountId)
                .routeParam("reportId", settings.reportId())
                .header("Content-Type", "application/xml")
                .body(body)
                .asString();
        return response.getHeaders().getFirst("Location");
    }

    int countInService(String areaCode) {
        HttpResponse<String> response = http.get(settings.baseUrl() + "/accounts/{accountId}/inserviceNumbers/totals")
                .routeParam("accountId", accountId)
                .queryString("areaCode", areaCode)
                .asString();
        return Integer.parseInt(response.getBody().replaceAll("\\D", ""));
    }

    int countInServiceUsa(String areaCode) {
        HttpResponse<String> response = http.get(settings.baseUrl() + "/accounts/{accountId}/inserviceNumbers/totals")
                .routeParam("accountId", accountId)
                .queryString("countryCodeA3", "USA")
                .queryString("areaCode", areaCode)
                .asString();
        return Integer.parseInt(response.getBody().replaceAll("\\D", ""));
    }

    String recentImports() {
        return http.get(settings.baseUrl() + settings.importsPath())
                .routeParam("accountId", accountId)
                .queryString("createdDateFrom", LocalDate.now(clock).minusDays(1).toString())
                .asString()
                .getBody();
    }
}
