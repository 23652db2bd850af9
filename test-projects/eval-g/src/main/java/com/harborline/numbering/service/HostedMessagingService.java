package com.harborline.numbering.service;

import com.harborline.numbering.config.DashboardConstants;
import com.harborline.numbering.config.DashboardSettings;
import com.harborline.numbering.dashboard.IrisHostedMessagingClient;
import com.harborline.numbering.dashboard.sdk.SdkHostedMessagingGateway;
import com.harborline.numbering.dto.ImportOrderRequest;
import com.harborline.numbering.util.HttpSupport;
import com.harborline.numbering.util.XmlTemplates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Hosted messaging: SMS on numbers whose voice service stays with the tenant's carrier.
 */
@ApplicationScoped
public class HostedMessagingService {

    private static final Logger LOG = Logger.getLogger(HostedMessagingService.class.getName());

    private static final String REMOVE_TEMPLATE = """
            <RemoveImportedTnOrder>
                <CustomerOrderId>%s</CustomerOrderId>
                <TelephoneNumbers>%s</TelephoneNumbers>
            </RemoveImportedTnOrder>
            """;

    @Inject
    DashboardSettings settings;

    @Inject
    @RestClient
    IrisHostedMessagingClient hostedClient;

    @Inject
    SdkHostedMessagingGateway sdkGateway;

    @Inject
    @ConfigProperty(name = "harborline.hosted.use-sdk", defaultValue = "false")
    boolean useSdk;

    private final HttpClient http = HttpClient.newHttpClient();

    public String renderImportOrder(ImportOrderRequest request) {
        return XmlTemplates.render("import-tn-order.xml", Map.of(
                "customerOrderId", request.getCustomerOrderId(),
                "siteId", String.valueOf(request.getSiteId()),
                "sipPeerId", String.valueOf(request.getSipPeerId()),
                "subscriberName", request.getSubscriberName(),
                "loaAuthorizingPerson", request.getLoaAuthorizingPerson(),
                "telephoneNumbers", XmlTemplates.telephoneNumbers(request.getTelephoneNumbers())));
    }

    public String importNumbers(ImportOrderRequest request) throws Exception {
        if (useSdk) {
            return sdkGateway.importNumbers(request);
        }
        try (Response response = hostedClient.createImportOrder(settings.accountId(), renderImportOrder(request))) {
            String location = response.getHeaderString("Location");
            LOG.info(() -> "POST importTnOrders -> " + response.getStatus() + " " + location);
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    /** Link to the order in the history view of the ops console. */
    public URI importOrderHistoryUri(String orderId) {
        return UriBuilder.fromUri(settings.baseUrl())
                .path("accounts")
                .path(settings.accountId())
                .path(DashboardConstants.IMPORT_TN_ORDERS)
                .path(orderId)
                .path("history")
                .build();
    }

    public int removeNumbers(String customerOrderId, List<String> tns) throws IOException, InterruptedException {
        String body = REMOVE_TEMPLATE.formatted(customerOrderId, XmlTemplates.telephoneNumbers(tns));
        String url = settings.accountUrl() + "/removeImportedTnOrders";
        HttpRequest request = HttpSupport.xmlRequest(url, settings.username(), settings.password())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * Older tenants were onboarded through external TNs; we still register
     * additional numbers for them this way.
     */
    public int addExternalTns(String customerOrderId, List<String> tns) throws IOException, InterruptedException {
        StringBuilder url = new StringBuilder(settings.baseUrl())
                .append("/accounts/")
                .append(settings.accountId())
                .append("/externalTns");
        String body = XmlTemplates.render("external-tns-order.xml", Map.of(
                "customerOrderId", customerOrderId,
                "siteId", settings.siteId(),
                "sipPeerId", settings.sipPeerId(),
                "action", "IMPORT",
                "telephoneNumbers", XmlTemplates.telephoneNumbers(tns)));
        HttpRequest request = HttpSupport.xmlRequest(url.toString(), settings.username(), settings.password())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
