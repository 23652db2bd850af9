package net.tidewaterconnect.numbering.dashboard;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.tidewaterconnect.numbering.config.DashboardProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class OrderClient {

    private final RestClient dashboard;
    private final XmlTemplateRenderer templates;
    private final DashboardProperties props;

    public OrderClient(@Qualifier("dashboard") RestClient dashboard, XmlTemplateRenderer templates,
            DashboardProperties props) {
        this.dashboard = dashboard;
        this.templates = templates;
        this.props = props;
    }

    public String orderExisting(String customerOrderId, List<String> telephoneNumbers) {
        String body = templates.render("order", Map.of(
                "customerOrderId", customerOrderId,
                "siteId", props.defaultSiteId(),
                "peerId", props.defaultSipPeerId(),
                "tns", telephoneNumbers));
        return dashboard.post()
                .uri(DashboardPaths.ORDERS)
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .body(String.class);
    }

    public String orderByAreaCode(String areaCode, int quantity) {
        String body = templates.render("area-code-order", Map.of(
                "customerOrderId", UUID.randomUUID().toString(),
                "siteId", props.defaultSiteId(),
                "areaCode", areaCode,
                "quantity", quantity));
        return dashboard.post()
                .uri(DashboardPaths.ORDERS)
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .body(String.class);
    }

    /** Orders the fixed set of lab numbers used by the nightly end-to-end run. */
    public String orderLabCanaries() {
        String body = templates.render("lab-canary-order", Map.of("siteId", props.defaultSiteId()));
        return dashboard.post()
                .uri(DashboardPaths.ORDERS)
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .body(String.class);
    }

    public String disconnect(String customerOrderId, List<String> telephoneNumbers) {
        StringBuilder xml = new StringBuilder("<DisconnectTelephoneNumberOrder>");
        xml.append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>");
        xml.append("<DisconnectTelephoneNumberOrderType><TelephoneNumberList>");
        for (String tn : telephoneNumbers) {
            xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        xml.append("</TelephoneNumberList></DisconnectTelephoneNumberOrderType>");
        xml.append("</DisconnectTelephoneNumberOrder>");
        return dashboard.post()
                .uri(DashboardPaths.ACCOUNT + "/disconnects")
                .contentType(MediaType.APPLICATION_XML)
                .body(xml.toString())
                .retrieve()
                .body(String.class);
    }

    /** Releases the number the test team keeps reserved for failover drills. */
    public void releaseDrillNumber() {
        String drillOrderId = "DRILL-" + 2024061512;
        disconnect(drillOrderId, List.of("7575550199"));
    }
}
