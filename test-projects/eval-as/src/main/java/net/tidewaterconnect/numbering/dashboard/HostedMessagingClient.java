package net.tidewaterconnect.numbering.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.tidewaterconnect.numbering.config.DashboardProperties;
import net.tidewaterconnect.numbering.dashboard.api.ImportOrdersApi;
import net.tidewaterconnect.numbering.dashboard.model.ImportOrderStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Hosted messaging: texting on numbers whose voice service stays with another carrier. */
@Component
public class HostedMessagingClient {

    private final RestClient dashboard;
    private final ImportOrdersApi importOrders;
    private final XmlTemplateRenderer templates;
    private final DashboardProperties props;

    public HostedMessagingClient(@Qualifier("dashboard") RestClient dashboard, ImportOrdersApi importOrders,
            XmlTemplateRenderer templates, DashboardProperties props) {
        this.dashboard = dashboard;
        this.importOrders = importOrders;
        this.templates = templates;
        this.props = props;
    }

    public String importNumbers(HostedImportRequest request) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("customerOrderId", request.customerOrderId());
        model.put("siteId", props.defaultSiteId());
        model.put("peerId", props.defaultSipPeerId());
        model.put("subscriberName", request.subscriberName());
        model.put("houseNumber", request.houseNumber());
        model.put("streetName", request.streetName());
        model.put("city", request.city());
        model.put("state", request.state());
        model.put("zip", request.zip());
        model.put("loaPerson", request.loaAuthorizingPerson());
        model.put("tns", request.telephoneNumbers());
        String body = templates.render("import-tn-order", model);
        ResponseEntity<String> response = importOrders.create(body);
        String location = response.getHeaders().getLocation() == null ? ""
                : response.getHeaders().getLocation().getPath();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    public ImportOrderStatus status(String orderId) {
        return importOrders.get(orderId);
    }

    public String openImports() {
        return dashboard.get()
                .uri(b -> b.path(DashboardPaths.IMPORT_TN_ORDERS)
                        .queryParam("status", "PROCESSING")
                        .build(props.accountId()))
                .retrieve()
                .body(String.class);
    }

    public String removeImported(String customerOrderId, List<String> telephoneNumbers) {
        String body = templates.render("remove-imported-tn-order", Map.of(
                "customerOrderId", customerOrderId,
                "tns", telephoneNumbers));
        return dashboard.post()
                .uri("/accounts/{accountId}/removeImportedTnOrders")
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .body(String.class);
    }

    public String removalHistory(String orderId) {
        return dashboard.get()
                .uri(DashboardPaths.ACCOUNT + "/removeImportedTnOrders/{orderId}/history", orderId)
                .retrieve()
                .body(String.class);
    }

    public String importHistory(String orderId) {
        return importOrders.history(orderId);
    }

    public String checkPortability(List<String> telephoneNumbers) {
        StringBuilder xml = new StringBuilder("<ImportTnCheckerPayload><TelephoneNumbers>");
        telephoneNumbers.forEach(tn -> xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        xml.append("</TelephoneNumbers></ImportTnCheckerPayload>");
        return dashboard.post()
                .uri(DashboardPaths.IMPORT_TN_CHECKER)
                .contentType(MediaType.APPLICATION_XML)
                .body(xml.toString())
                .retrieve()
                .body(String.class);
    }

    public record HostedImportRequest(
            String customerOrderId,
            String subscriberName,
            String houseNumber,
            String streetName,
            String city,
            String state,
            String zip,
            String loaAuthorizingPerson,
            List<String> telephoneNumbers) {
    }
}
