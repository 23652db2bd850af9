package net.kestrelwave.provisioning.service;

import net.kestrelwave.provisioning.api.ProvisioningApi.HostedMessagingRequest;
import net.kestrelwave.provisioning.api.ProvisioningApi.HostedMessagingResponse;
import net.kestrelwave.provisioning.config.DashboardProperties;
import net.kestrelwave.provisioning.config.EnvironmentConfig;
import net.kestrelwave.provisioning.dashboard.DashboardHttpClient;
import net.kestrelwave.provisioning.dashboard.DashboardMetrics;
import net.kestrelwave.provisioning.dashboard.DashboardRequest;
import net.kestrelwave.provisioning.dashboard.DashboardResponse;
import net.kestrelwave.provisioning.dashboard.DashboardXml;
import net.kestrelwave.provisioning.hosted.ImportTnOrder;
import net.kestrelwave.provisioning.rpc.HandlerRegistry;
import net.kestrelwave.provisioning.rpc.ResponseObserver;
import net.kestrelwave.provisioning.rpc.RpcException;
import net.kestrelwave.provisioning.rpc.RpcHandler;
import net.kestrelwave.provisioning.rpc.RpcException.RpcStatus;
import net.kestrelwave.provisioning.templates.TemplateRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Hosted messaging: numbers whose voice stays elsewhere but whose SMS we host.
 */
public class HostedMessagingService implements RpcHandler<HostedMessagingRequest, HostedMessagingResponse> {

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingService.class);

    private final DashboardHttpClient dashboard;
    private final DashboardXml xml;
    private final TemplateRenderer templates;
    private final DashboardProperties properties;
    private final DashboardMetrics metrics;
    private final EnvironmentConfig env;

    public HostedMessagingService(DashboardHttpClient dashboard, DashboardXml xml, TemplateRenderer templates,
                                  DashboardProperties properties, DashboardMetrics metrics, EnvironmentConfig env) {
        this.dashboard = dashboard;
        this.xml = xml;
        this.templates = templates;
        this.properties = properties;
        this.metrics = metrics;
        this.env = env;
    }

    @Override
    public String fullMethodName() {
        return HandlerRegistry.HOST_MESSAGING;
    }

    @Override
    public void handle(HostedMessagingRequest request, ResponseObserver<HostedMessagingResponse> responses) {
        ImportTnOrder order = ImportTnOrder.from(request, env.siteId(), env.sipPeerId());
        DashboardRequest call;
        if (request.external()) {
            call = DashboardRequest.post()
                    .account(env.accountId())
                    .path("externalTns")
                    .body(templates.render("external-tns-order.xml", order));
        } else {
            call = DashboardRequest.post()
                    .account(env.accountId())
                    .path("importTnOrders")
                    .body(templates.render("import-tn-order.xml", order));
        }
        DashboardResponse response = dashboard.execute(call.named("hosted_messaging_import"));
        if (!response.isSuccess()) {
            responses.onError(new RpcException(RpcStatus.FAILED_PRECONDITION,
                    "import rejected: " + xml.text(response.body(), "//ErrorList/Error/Description")));
            return;
        }
        metrics.importOrderCreated(request.external());
        log.info("hosted messaging order {} accepted by /importTnOrders ({} numbers)",
                request.customerOrderId(), request.numbers().size());
        responses.onNext(new HostedMessagingResponse(
                xml.text(response.body(), "//OrderId"), xml.text(response.body(), "//ProcessingStatus")));
        responses.onCompleted();
    }

    public List<String> notImportable(List<String> telephoneNumbers) {
        String body = "<ImportTnCheckerPayload><TelephoneNumbers>"
                + tnElements(telephoneNumbers)
                + "</TelephoneNumbers></ImportTnCheckerPayload>";
        DashboardResponse response = dashboard.execute(
                DashboardRequest.post().account(env.accountId()).path("importTnChecker").body(body));
        return xml.texts(response.body(), "//ImportTnErrors/ImportTnError/TelephoneNumbers/TelephoneNumber");
    }

    public String history(String orderId) {
        return dashboard.execute(DashboardRequest.get()
                .account(env.accountId())
                .path("importTnOrders", orderId, "history")).body();
    }

    public String status(String orderId) {
        DashboardResponse response = dashboard.execute(
                DashboardRequest.get().account(env.accountId()).path("importTnOrders/" + orderId));
        return xml.text(response.body(), "//ProcessingStatus");
    }

    public String remove(String customerOrderId, List<String> telephoneNumbers) {
        String body = """
                <RemoveImportedTnOrder>
                  <CustomerOrderId>%s</CustomerOrderId>
                  <TelephoneNumbers>
                %s
                  </TelephoneNumbers>
                </RemoveImportedTnOrder>
                """.formatted(customerOrderId, tnElements(telephoneNumbers));
        return dashboard.execute(DashboardRequest.post()
                .account(env.accountId())
                .path("removeImportedTnOrders")
                .body(body)).body();
    }

    /** Voice-only hosting for the SIP trunk customers. */
    public String importVoice(ImportTnOrder order) {
        return dashboard.execute(DashboardRequest.post()
                .account(env.accountId())
                .path("importTnOrders", "voice")
                .body(templates.render("import-tn-order.xml", order))).body();
    }

    /** Same calls with the paths from application.properties (used when support overrides them). */
    public String importWithOverride(ImportTnOrder order) {
        URI uri = URI.create(dashboard.baseUrl() + properties.importPath(env.accountId()));
        return dashboard.execute("POST", uri, templates.render("import-tn-order.xml", order), "import_override").body();
    }

    public String externalWithOverride(ImportTnOrder order) {
        String path = env.paths().containsKey("externalTns")
                ? env.path("externalTns", "").replace("{accountId}", env.accountId())
                : properties.externalPath(env.accountId());
        URI uri = URI.create(dashboard.baseUrl() + path);
        return dashboard.execute("POST", uri, templates.render("external-tns-order.xml", order), "external_override")
                .body();
    }

    private static String tnElements(List<String> telephoneNumbers) {
        return telephoneNumbers.stream()
                .map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining());
    }
}
