package net.larkspurtel.provisioning.functions;

import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequestFactory;
import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import net.larkspurtel.provisioning.http.v2.DashboardV2Probe;
import net.larkspurtel.provisioning.service.ReportService;
import net.larkspurtel.provisioning.service.SubscriptionService;
import net.larkspurtel.provisioning.thirdparty.BandwidthOAuth;

/**
 * Called by the deploy pipeline:
 * <ul>
 *   <li>{@code POST /bootstrap}: once per environment, creates the Dashboard subscriptions, the
 *       toll-free verification webhook and schedules the first inventory report;</li>
 *   <li>{@code GET /canary[?v2]}: post-deploy smoke check, plus the v2 readiness probe.</li>
 * </ul>
 */
public class DeployHooksFunction implements HttpFunction {

    private static final String TFV_SUBSCRIPTIONS =
            "https://api.bandwidth.com/api/v2/accounts/{accountId}/tollFreeVerification/webhooks/subscriptions";

    @Override
    public void service(HttpRequest request, HttpResponse response) throws Exception {
        String path = request.getPath();
        if (path.endsWith("/canary")) {
            canary(request, response);
        } else if (path.endsWith("/bootstrap") && "POST".equals(request.getMethod())) {
            bootstrap(response);
        } else {
            HttpJson.error(response, 404, "unknown hook " + path);
        }
    }

    private void bootstrap(HttpResponse response) throws Exception {
        ProvisioningModule module = ProvisioningModule.get();
        SubscriptionService subscriptions = module.subscriptions();
        ReportService reports = module.reportsService();

        Map<String, String> created = new LinkedHashMap<>();
        created.put("orders", subscriptions.subscribeOrders());
        created.put("importtnorders", subscriptions.subscribeImportTnOrders());
        created.put("portins", subscriptions.subscribePortins());
        created.put("tnoptions", subscriptions.subscribeTnOptions());
        created.put("disconnects", subscriptions.subscribeDisconnectEmails("noc@larkspurtel.net"));
        created.put("tollFreeVerification", subscribeTollFreeVerification(module));
        String reportId = module.runtimeConfig().reports.inventoryReportId;
        if (reportId != null) {
            created.put("inventoryReport", reports.requestInventoryReport(reportId));
        }
        HttpJson.write(response, 200, created);
    }

    private String subscribeTollFreeVerification(ProvisioningModule module) throws Exception {
        HttpRequestFactory factory = module.transport().createRequestFactory();
        BandwidthOAuth oauth = new BandwidthOAuth(factory, System.getenv("BW_CLIENT_ID"),
                System.getenv("BW_CLIENT_SECRET"), Clock.systemUTC());
        String body = """
                {"callbackUrl": "%s", "sharedSecretKey": "%s"}
                """.formatted("https://provisioning.larkspurtel.net/api/tfv/status", System.getenv("TFV_SECRET"));
        GenericUrl url = new GenericUrl(TFV_SUBSCRIPTIONS.replace("{accountId}", module.settings().accountId()));
        var request = factory.buildPostRequest(url, ByteArrayContent.fromString("application/json", body));
        request.getHeaders().setAuthorization("Bearer " + oauth.bearerToken());
        return request.execute().parseAsString();
    }

    private void canary(HttpRequest request, HttpResponse response) throws Exception {
        ProvisioningModule module = ProvisioningModule.get();
        Map<String, Object> result = new LinkedHashMap<>();
        boolean ok = module.canary().check();
        result.put("canary", ok);
        if (request.getFirstQueryParameter("v2").isPresent()) {
            DashboardV2Probe probe = new DashboardV2Probe(module.transport(), module.settings().accountId(),
                    module.settings().username(), module.settings().password());
            result.put("v2", probe.run());
        }
        HttpJson.write(response, ok ? 200 : 503, result);
    }
}
