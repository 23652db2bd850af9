package com.harborline.numbering.service;

import com.harborline.numbering.config.DashboardSettings;
import com.harborline.numbering.util.HttpSupport;
import com.harborline.numbering.util.XmlTemplates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Port-in (LNP) orders for tenants bringing their numbers to Harborline.
 */
@ApplicationScoped
public class PortInService {

    @Inject
    DashboardSettings settings;

    private final HttpClient http = HttpClient.newHttpClient();

    public String renderPortIn(String customerOrderId, String billingTelephoneNumber, List<String> tns,
                               String businessName, String authorizingPerson) {
        return XmlTemplates.render("portin-order.xml", Map.of(
                "customerOrderId", customerOrderId,
                "siteId", settings.siteId(),
                "peerId", settings.sipPeerId(),
                "billingTelephoneNumber", billingTelephoneNumber,
                "businessName", businessName,
                "loaAuthorizingPerson", authorizingPerson,
                "telephoneNumbers", tns.stream()
                        .map(tn -> "<PhoneNumber>" + XmlTemplates.escape(tn) + "</PhoneNumber>")
                        .collect(Collectors.joining())));
    }

    public int submit(String payload) throws IOException, InterruptedException {
        String url = settings.accountUrl() + "/portins";
        HttpRequest request = HttpSupport.xmlRequest(url, settings.username(), settings.password())
                .POST(HttpRequest.BodyPublishers.ofString(payload))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
