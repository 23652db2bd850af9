package net.harbourline.numberdesk.report;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.harbourline.numberdesk.config.DashboardSettings;
import net.harbourline.numberdesk.dashboard.BasicAuthFilter;
import net.harbourline.numberdesk.model.ReportInstanceBody;
import net.harbourline.numberdesk.report.InventoryReportParser.InventoryRow;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

/** Runs Dashboard reports and downloads their CSV output. */
@Stateless
public class ReportService {

    private static final String INVENTORY_INSTANCE = """
            <Instance>
                <OutputFormat>csv</OutputFormat>
                <Parameters>
                    <Parameter>
                        <Name>Account</Name>
                        <Value>%s</Value>
                    </Parameter>
                    <Parameter>
                        <Name>Sub-account</Name>
                        <Value>%s</Value>
                    </Parameter>
                </Parameters>
                <ExpiresAt>%s</ExpiresAt>
            </Instance>
            """;

    @Inject
    DashboardSettings settings;

    @Inject
    InventoryReportParser parser;

    @Inject
    @ConfigProperty(name = "dashboard.reports.inventory-id", defaultValue = "163")
    String inventoryReportId;

    @Inject
    @ConfigProperty(name = "dashboard.reports.port-out-id", defaultValue = "171")
    String portOutReportId;

    public String requestInventoryReport() {
        String body = INVENTORY_INSTANCE.formatted(settings.accountId(), settings.siteId(), LocalDate.now().plusDays(7));
        return post(reports().path(inventoryReportId).path("instances"), body);
    }

    public String requestPortOutReport(LocalDate from, LocalDate to) {
        ReportInstanceBody instance = new ReportInstanceBody();
        instance.setOutputFormat("csv");
        instance.parameter("Account", settings.accountId())
                .parameter("StartDate", from.toString())
                .parameter("EndDate", to.toString());
        instance.setExpiresAt(to.plusDays(30).toString());
        return post(reports().path(portOutReportId).path("instances"), instance);
    }

    public List<InventoryRow> downloadInventory(String instanceId) {
        String csv = reports().path(inventoryReportId)
                .path("instances").path(instanceId).path("file")
                .request("text/csv")
                .get(String.class);
        return parser.parse(new StringReader(csv));
    }

    private WebTarget reports() {
        Client client = ClientBuilder.newClient().register(new BasicAuthFilter(settings.username(), settings.password()));
        return client.target(settings.baseUrl())
                .path("accounts").path(settings.accountId())
                .path("reports");
    }

    private String post(WebTarget target, Object body) {
        try (Response response = target.request(MediaType.APPLICATION_XML).post(Entity.xml(body))) {
            return response.getHeaderString("Location");
        }
    }
}
