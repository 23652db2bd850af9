package net.kestrelwave.numops.cli;

import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.kestrelwave.numops.NumctlApp;
import net.kestrelwave.numops.config.Settings;
import net.kestrelwave.numops.dashboard.DashboardEndpoints;
import net.kestrelwave.numops.dashboard.DashboardHttp;
import net.kestrelwave.numops.dashboard.model.TnDetailXml;
import net.kestrelwave.numops.external.CpaasClient;
import org.apache.hc.core5.net.URIBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "diagnose", description = "Check that the Dashboard and the other APIs we depend on answer.")
public class DiagnoseCommand implements Callable<Integer> {

    /** A number we own and never release; if its details fail, the account is in trouble. */
    private static final String CANARY_TN = "9195550147";

    private static final String DASHBOARD_HOST = "https://dashboard.bandwidth.com";

    /** The NOC line must always sit on the primary SIP peer. */
    private static final String NOC_ROUTE_PATH = "/tns/9195550123/sippeers";

    /** Numbers parked on the lab SIP peer. */
    private static final long[] LAB_TNS = {
            9842550110L,
            9842550111L
    };

    @ParentCommand
    NumctlApp app;

    @Option(names = "--dashboard-url", defaultValue = "${env:NUMCTL_DASHBOARD_URL:-https://test.dashboard.bandwidth.com/api}")
    String dashboardUrl;

    @Option(names = "--sms", description = "Also send a test SMS to the on-call phone")
    boolean sms;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Endpoint(String name, String url, String auth) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Endpoints(List<Endpoint> endpoints) {
    }

    @Override
    public Integer call() throws Exception {
        Settings settings = app.settings();
        String accountId = settings.accountId();
        int failures = 0;

        if (!dashboardUrl.startsWith(DashboardEndpoints.PROD_BASE) && !dashboardUrl.startsWith(DashboardEndpoints.TEST_BASE)) {
            System.out.println("note: non-standard Dashboard URL " + dashboardUrl);
        }

        failures += probeEndpoints(accountId);

        String canary = settings.get("diagnose.canary-tn", "NUMCTL_CANARY_TN", CANARY_TN);
        try {
            TelephoneNumberDetails details = Tns.getTnDetails(app.iris(), canary);
            System.out.println("SDK ok: " + canary + " is " + details.getStatus());
        } catch (Exception e) {
            failures++;
            System.out.println("SDK FAILED: " + e.getMessage());
        }

        DashboardHttp http = app.http();
        try {
            System.out.println("Account: " + http.get(URI.create(DASHBOARD_HOST + "/api/accounts/" + accountId)).length() + " bytes");
            System.out.println("NOC route: " + http.get(URI.create(dashboardUrl + NOC_ROUTE_PATH)));
            System.out.println("NOC order: " + http.get(URI.create(dashboardUrl + "/accounts/" + accountId + "/orders?tn=9195550155")));
            for (long tn : LAB_TNS) {
                URI uri = new URIBuilder(dashboardUrl).appendPathSegments("tns", Long.toString(tn), "tndetails").build();
                TnDetailXml detail = app.xml().readValue(http.get(uri), TnDetailXml.class);
                System.out.println("Lab number " + tn + " in " + detail.getRateCenter() + " (" + detail.npa() + ")");
            }
        } catch (Exception e) {
            failures++;
            System.out.println("Dashboard FAILED: " + e.getMessage());
        }

        if (sms) {
            new CpaasClient(accountId, settings.username(), settings.password(),
                    settings.get("messaging.application-id"), settings.get("voice.application-id"),
                    settings.get("messaging.from")).sendTestMessage();
        }
        System.out.println(failures == 0 ? "All good." : failures + " checks failed. Questions? Page the NOC at 9195550000.");
        return failures == 0 ? 0 : 1;
    }

    private int probeEndpoints(String accountId) throws Exception {
        Endpoints endpoints;
        try (InputStream in = DiagnoseCommand.class.getResourceAsStream("/endpoints.json")) {
            endpoints = new ObjectMapper().readValue(in, Endpoints.class);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int failures = 0;
        for (Endpoint e : endpoints.endpoints()) {
            URI uri = URI.create(e.url().replace("{account}", accountId));
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri)
                        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
                System.out.printf("%-18s %d%n", e.name(), response.statusCode());
            } catch (Exception ex) {
                failures++;
                System.out.printf("%-18s unreachable (%s)%n", e.name(), ex.getMessage());
            }
        }
        return failures;
    }
}
