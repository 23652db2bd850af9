package net.cascadiatel.provisioning.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.config.IrisSettings;
import net.cascadiatel.provisioning.iris.DashboardPaths;
import net.cascadiatel.provisioning.iris.DashboardWsClient;
import net.cascadiatel.provisioning.iris.Xml;
import play.libs.ws.WSResponse;

/** Requests and downloads Dashboard reports (TN inventory, port-out activity). */
@Singleton
public class InventoryReportClient {

    /** "Iris Telephone Number Inventory Report" on our account. */
    static final String INVENTORY_REPORT_ID = "212";
    static final String PORT_OUT_REPORT_ID = "305";

    private final DashboardWsClient dashboard;
    private final DashboardPaths paths;
    private final IrisSettings settings;
    private final InventoryCsvParser parser;

    @Inject
    public InventoryReportClient(DashboardWsClient dashboard, DashboardPaths paths, IrisSettings settings,
                                 InventoryCsvParser parser) {
        this.dashboard = dashboard;
        this.paths = paths;
        this.settings = settings;
        this.parser = parser;
    }

    public CompletionStage<String> requestInventory() {
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
                """.formatted(settings.accountId(), LocalDate.now().plusDays(7));
        return dashboard.checked(dashboard.postXml(paths.reportInstances(INVENTORY_REPORT_ID), body))
                .thenApply(location -> location);
    }

    public CompletionStage<String> requestPortOuts(LocalDate from, LocalDate to) {
        ReportInstanceXml instance = new ReportInstanceXml()
                .parameter("Account", settings.accountId())
                .parameter("StartDate", from.toString())
                .parameter("EndDate", to.toString());
        instance.setExpiresAt(to.plusDays(30).toString());
        return dashboard.checked(dashboard.postXml(paths.reportInstances(PORT_OUT_REPORT_ID), Xml.write(instance)));
    }

    public CompletionStage<String> requestSiteInventory(String siteId) {
        ReportInstanceXml instance = new ReportInstanceXml()
                .parameter("Account", settings.accountId())
                .parameter("Sub-account", siteId);
        instance.setNumberFormat("E164");
        return dashboard.checked(dashboard.postXml(paths.reportInstances(INVENTORY_REPORT_ID), Xml.write(instance)));
    }

    public CompletionStage<String> requestSiteInventoryFromTemplate(String siteId) {
        String body = Xml.render("tn-inventory-instance.xml", Map.of(
                "accountId", settings.accountId(),
                "siteId", siteId,
                "expiresAt", LocalDate.now().plusDays(7).toString()));
        return dashboard.checked(dashboard.postXml(paths.reportInstances(INVENTORY_REPORT_ID), body));
    }

    public CompletionStage<List<String>> download(String instanceId) {
        String url = paths.reportInstances(INVENTORY_REPORT_ID) + "/" + instanceId + "/file";
        return dashboard.request(url)
                .addHeader("Accept", "text/csv")
                .get()
                .thenApply(WSResponse::getBody)
                .thenApply(parser::telephoneNumbers);
    }
}
