package net.kestreltel.portdesk.reports;

import com.google.inject.Inject;
import feign.Response;
import net.kestreltel.portdesk.config.DashboardSettings;
import net.kestreltel.portdesk.dashboard.ReportsApi;

import java.time.LocalDate;
import java.util.Map;

/** Requests report instances from the Dashboard. */
public class ReportInstanceRequester {

    public static final String TN_INVENTORY_REPORT = "201";
    public static final String PORT_IN_ACTIVITY_REPORT = "327";

    private final ReportsApi api;
    private final DashboardSettings settings;

    @Inject
    public ReportInstanceRequester(ReportsApi api, DashboardSettings settings) {
        this.api = api;
        this.settings = settings;
    }

    public Response requestInventory() {
        return api.requestInstance(settings.accountId(), TN_INVENTORY_REPORT, LocalDate.now().plusDays(7).toString());
    }

    /** Port-in activity report for one sub-account, as CSV. */
    public Response requestPortInActivity(String subAccount, LocalDate from, LocalDate to) {
        StringBuilder xml = new StringBuilder();
        xml.append("<Instance>");
        xml.append("<OutputFormat>csv</OutputFormat>");
        xml.append("<Parameters>");
        for (Map.Entry<String, String> p : Map.of("Account", settings.accountId(), "Sub-account", subAccount,
                "Start Date", from.toString(), "End Date", to.toString()).entrySet()) {
            xml.append("<Parameter><Name>").append(p.getKey()).append("</Name><Value>")
                    .append(p.getValue()).append("</Value></Parameter>");
        }
        xml.append("</Parameters>");
        xml.append("<ExpiresAt>").append(to.plusDays(30)).append("</ExpiresAt>");
        xml.append("</Instance>");
        return api.requestInstanceRaw(settings.accountId(), PORT_IN_ACTIVITY_REPORT, xml.toString());
    }

    /** Used by finance; they asked for E.164 in 2023 already. */
    public Response requestBillingSnapshot() {
        String xml = """
                <Instance>
                  <OutputFormat>csv</OutputFormat>
                  <NumberFormat>E164</NumberFormat>
                  <Parameters>
                    <Parameter><Name>Account</Name><Value>%s</Value></Parameter>
                  </Parameters>
                </Instance>
                """.formatted(settings.accountId());
        return api.requestInstanceRaw(settings.accountId(), TN_INVENTORY_REPORT, xml);
    }
}
