package com.northforktel.numbering.dashboard;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northforktel.numbering.config.DashboardSettings;
import com.northforktel.numbering.dashboard.model.ImportTnOrderPayload;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.uritemplate.UriTemplate;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hosted messaging: brings numbers whose voice stays with another carrier onto our SMS
 * platform, and takes them off again.
 */
@Singleton
public class HostedMessagingClient {

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingClient.class);

    private static final UriTemplate IMPORT_ORDER =
            UriTemplate.of("{+base}/accounts/{accountId}/importTnOrders/{orderId}");

    private final DashboardHttp http;
    private final XmlCodec xml;
    private final DashboardSettings settings;

    @Inject
    public HostedMessagingClient(DashboardHttp http, XmlCodec xml, DashboardSettings settings) {
        this.http = http;
        this.xml = xml;
        this.settings = settings;
    }

    public Future<String> importNumbers(String customerOrderId, List<String> tns) {
        ImportTnOrderPayload payload = ImportTnOrderPayload.builder()
                .customerOrderId(customerOrderId)
                .siteId(settings.siteId())
                .sipPeerId(settings.sipPeerId())
                .loaAuthorizingPerson("Northfork Provisioning")
                .loaType("CARRIER")
                .telephoneNumbers(tns)
                .build();
        return http.sendXml(http.post(http.url(DashboardPaths.IMPORT_TN_ORDERS)), xml.write(payload))
                .map(body -> xml.read(body, ImportTnOrderPayload.Response.class).orderId())
                .onSuccess(id -> log.info("import order {} created for {} numbers", id, tns.size()));
    }

    public Future<ImportTnOrderPayload.Status> importStatus(String orderId) {
        HttpRequest<Buffer> request = http.prepare(http.webClient().getAbs(IMPORT_ORDER)
                .setTemplateParam("base", http.baseUrl())
                .setTemplateParam("accountId", http.accountId())
                .setTemplateParam("orderId", orderId));
        return http.send(request).map(body -> xml.read(body, ImportTnOrderPayload.Status.class));
    }

    public Future<String> importHistory(String orderId) {
        return http.send(http.get(http.url(DashboardPaths.IMPORT_TN_ORDER_HISTORY, orderId)));
    }

    public Future<String> removeNumbers(String customerOrderId, List<String> tns) {
        StringBuilder body = new StringBuilder("<RemoveImportedTnOrder>")
                .append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>")
                .append("<TelephoneNumbers>");
        for (String tn : tns) {
            body.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        body.append("</TelephoneNumbers></RemoveImportedTnOrder>");
        return http.sendXml(http.post(http.url(DashboardPaths.REMOVE_IMPORTED_TN_ORDERS)), body.toString())
                .map(resp -> xml.textOf(resp, "OrderId"));
    }

    public Future<String> removalStatus(String orderId) {
        String url = http.baseUrl() + "/accounts/" + http.accountId() + "/removeImportedTnOrders/" + orderId;
        return http.send(http.get(url)).map(body -> xml.textOf(body, "ProcessingStatus"));
    }

    /** Asks the Dashboard whether the numbers can be hosted before we open an import order. */
    public Future<String> checkImportable(List<String> tns) {
        String body = tns.stream()
                .map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining("", "<ImportTnCheckerPayload><TelephoneNumbers>",
                        "</TelephoneNumbers></ImportTnCheckerPayload>"));
        String url = http.baseUrl() + "/accounts/" + http.accountId() + "/importTnChecker";
        return http.sendXml(http.post(url), body);
    }
}
