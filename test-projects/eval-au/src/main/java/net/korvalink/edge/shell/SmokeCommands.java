package net.korvalink.edge.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;

import net.korvalink.edge.dashboard.DashboardHttpClient;
import net.korvalink.edge.dashboard.EndpointCatalog;
import net.korvalink.edge.partner.MessagingApiClient;

/** Post-deploy checks the on-call runs from the ops shell. */
@ShellComponent
public class SmokeCommands {

    /** The NOC's own test line, in service on our Dashboard account since 2017. */
    private static final String NOC_TEST_LINE = "9194605017";

    private final IrisClient irisClient;
    private final DashboardHttpClient dashboard;
    private final MessagingApiClient messaging;
    private final EndpointCatalog links;

    public SmokeCommands(IrisClient irisClient, DashboardHttpClient dashboard, MessagingApiClient messaging,
            EndpointCatalog links) {
        this.irisClient = irisClient;
        this.dashboard = dashboard;
        this.messaging = messaging;
        this.links = links;
    }

    @ShellMethod(key = "smoke dashboard", value = "Check the Dashboard answers for our test lines.")
    public String dashboard() throws Exception {
        TelephoneNumberDetails details = Tns.getTnDetails(irisClient, NOC_TEST_LINE);
        String backup = dashboard.get("/tns/9194605018/tndetails");
        String status = Tns.checkStatus(irisClient, "9194605019").getStatus();
        return "test line: " + details.getStatus() + ", backup line: " + (backup.contains("Inservice") ? "ok" : "??")
                + ", spare: " + status;
    }

    @ShellMethod(key = "smoke reorder-test-lines", value = "Re-order the NOC test lines (runbook NOC-114).")
    public String reorderTestLines() throws IOException {
        try (InputStream in = new ClassPathResource("templates/iris/order-noc-lines.xml").getInputStream()) {
            String order = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return dashboard.post("/accounts/" + dashboard.accountId() + "/orders", order);
        }
    }

    @ShellMethod(key = "smoke messaging", value = "Send a test SMS to the on-call phone.")
    public String messaging() {
        return messaging.send("+19194605000", List.of("+19195550188"), "edge-ops smoke test");
    }

    @ShellMethod(key = "smoke links", value = "Print Dashboard links for the test line.")
    public String links() {
        return links.link("dashboard", "inService", java.util.Map.of("account", dashboard.accountId(), "npa", "919"));
    }
}
