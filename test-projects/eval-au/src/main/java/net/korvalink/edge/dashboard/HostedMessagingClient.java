package net.korvalink.edge.dashboard;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpMethod;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import net.korvalink.edge.config.DashboardProperties;
import net.korvalink.edge.dashboard.model.ExternalTnsOrderXml;

/**
 * Hosted messaging: numbers that stay with another voice carrier but send SMS through Bandwidth.
 */
@Component
public class HostedMessagingClient {

    private final DashboardHttpClient dashboard;
    private final DashboardProperties props;
    private final XmlMapper xml;

    public HostedMessagingClient(DashboardHttpClient dashboard, DashboardProperties props, XmlMapper xml) {
        this.dashboard = dashboard;
        this.props = props;
        this.xml = xml;
    }

    public record ImportRequest(String customerOrderId, List<String> telephoneNumbers, String subscriberName,
            String loaAuthorizingPerson) {
    }

    public String submitImport(ImportRequest request) {
        StringBuilder path = new StringBuilder()
                .append("/accounts/")
                .append(props.getAccountId())
                .append("/importTnOrders");
        return dashboard.post(path.toString(), importOrderXml(request));
    }

    String importOrderXml(ImportRequest request) {
        StringBuilder body = new StringBuilder("<ImportTnOrder>")
                .append("<CustomerOrderId>").append(request.customerOrderId()).append("</CustomerOrderId>")
                .append("<SiteId>").append(props.getSiteId()).append("</SiteId>")
                .append("<SipPeerId>").append(props.getSipPeerId()).append("</SipPeerId>")
                .append("<Subscriber><Name>").append(request.subscriberName()).append("</Name></Subscriber>")
                .append("<LoaAuthorizingPerson>").append(request.loaAuthorizingPerson())
                .append("</LoaAuthorizingPerson>")
                .append("<TelephoneNumbers>");
        for (String tn : request.telephoneNumbers()) {
            body.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        return body.append("</TelephoneNumbers></ImportTnOrder>").toString();
    }

    public String importStatus(String orderId) {
        return dashboard.get(String.format(DashboardEndpoints.IMPORT_TN_ORDERS, props.getAccountId()) + "/" + orderId);
    }

    public String importHistory(String orderId) {
        return dashboard.execute(() -> dashboard.newHostRequest()
                .path("/v1.0/accounts/" + props.getAccountId() + "/importTnOrders/" + orderId + "/history")
                .method(HttpMethod.GET));
    }

    public String removeImported(String customerOrderId, List<String> telephoneNumbers) {
        String body = """
                <RemoveImportedTnOrder>
                  <CustomerOrderId>%s</CustomerOrderId>
                  <TelephoneNumbers>
                %s
                  </TelephoneNumbers>
                </RemoveImportedTnOrder>
                """.formatted(customerOrderId, numberElements(telephoneNumbers));
        return dashboard.post("/accounts/%s/removeImportedTnOrders".formatted(props.getAccountId()), body);
    }

    public String removalStatus(String orderId) {
        return dashboard.get(
                String.format(DashboardEndpoints.REMOVE_IMPORTED_TN_ORDERS + "/%s", props.getAccountId(), orderId));
    }

    /** IMPORT or REMOVE numbers we only host for messaging. */
    public String externalTns(String customerOrderId, String action, List<String> telephoneNumbers)
            throws JsonProcessingException {
        ExternalTnsOrderXml order = ExternalTnsOrderXml.of(customerOrderId, props.getSiteId(), props.getSipPeerId(),
                action, telephoneNumbers);
        String body = xml.writeValueAsString(order);
        return dashboard.execute(() -> dashboard.newRequest("/accounts/" + props.getAccountId() + "/externalTns")
                .method(HttpMethod.POST)
                .body(new StringRequestContent(DashboardHttpClient.XML, body)));
    }

    public String externalTnsStatus(String orderId) {
        return dashboard.get(String.format(DashboardEndpoints.EXTERNAL_TNS, props.getAccountId()) + "/" + orderId);
    }

    public String checkImportable(List<String> telephoneNumbers) {
        String body = "<ImportTnCheckerPayload><TelephoneNumbers>" + numberElements(telephoneNumbers)
                + "</TelephoneNumbers></ImportTnCheckerPayload>";
        return dashboard.post(String.format(DashboardEndpoints.IMPORT_TN_CHECKER, props.getAccountId()), body);
    }

    private static String numberElements(List<String> telephoneNumbers) {
        return telephoneNumbers.stream()
                .map(tn -> "    <TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining("\n"));
    }
}
