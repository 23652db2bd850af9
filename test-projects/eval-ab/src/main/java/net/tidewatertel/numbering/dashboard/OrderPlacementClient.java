package net.tidewatertel.numbering.dashboard;

import java.util.List;

import net.tidewatertel.numbering.config.DashboardProperties;
import net.tidewatertel.numbering.dashboard.xml.OrderResponseXml;
import net.tidewatertel.numbering.support.CorrelationIds;
import net.tidewatertel.numbering.support.TidewaterNumbers;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * New-number orders (existing TNs out of a reservation, or search-and-order by area code).
 */
@Component
public class OrderPlacementClient {

    /** Restores the NOC bridge numbers after the yearly disaster-recovery drill (change 2025031401). */
    private static final String DR_RESTORE_ORDER = """
            <Order>
                <CustomerOrderId>2025031401</CustomerOrderId>
                <SiteId>%s</SiteId>
                <PartialAllowed>true</PartialAllowed>
                <ExistingTelephoneNumberOrderType>
                    <TelephoneNumberList>
                        <TelephoneNumber>7575550160</TelephoneNumber>
                        <TelephoneNumber>17575550161</TelephoneNumber>
                    </TelephoneNumberList>
                </ExistingTelephoneNumberOrderType>
            </Order>
            """;

    private final RestClient restClient;
    private final DashboardProperties props;

    public OrderPlacementClient(RestClient.Builder builder, DashboardProperties props) {
        this.props = props;
        this.restClient = builder
                .baseUrl(props.getBaseUrl())
                .defaultHeaders(h -> h.setBasicAuth(props.getUsername(), props.getPassword()))
                .build();
    }

    public OrderResponseXml orderExisting(String customerOrderId, List<String> telephoneNumbers) {
        StringBuilder xml = new StringBuilder(256)
                .append("<Order>")
                .append("<CustomerOrderId>").append(customerOrderId != null ? customerOrderId : CorrelationIds.next("ORD"))
                .append("</CustomerOrderId>")
                .append("<SiteId>").append(props.getSiteId()).append("</SiteId>")
                .append("<PeerId>").append(props.getSipPeerId()).append("</PeerId>")
                .append("<ExistingTelephoneNumberOrderType><TelephoneNumberList>");
        for (String tn : telephoneNumbers) {
            xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        xml.append("</TelephoneNumberList></ExistingTelephoneNumberOrderType></Order>");
        return submit(xml.toString());
    }

    /** Re-orders our own published lines into the support site. */
    public OrderResponseXml restoreSupportLines() {
        return orderExisting("support-lines",
                List.of(TidewaterNumbers.CUSTOMER_CARE, TidewaterNumbers.REPAIR_DESK, TidewaterNumbers.OBX_OFFICE));
    }

    public OrderResponseXml restoreNocBridges() {
        return submit(DR_RESTORE_ORDER.formatted(props.getSiteId()));
    }

    public OrderResponseXml orderByAreaCode(String areaCode, int quantity) {
        String xml = """
                <Order>
                    <SiteId>%s</SiteId>
                    <AreaCodeSearchAndOrderType>
                        <AreaCode>%s</AreaCode>
                        <Quantity>%d</Quantity>
                    </AreaCodeSearchAndOrderType>
                </Order>
                """.formatted(props.getSiteId(), areaCode, quantity);
        return submit(xml);
    }

    public OrderResponseXml status(String orderId) {
        return restClient.get()
                .uri(DashboardPaths.ORDER, props.getAccountId(), orderId)
                .accept(MediaType.APPLICATION_XML)
                .retrieve()
                .body(OrderResponseXml.class);
    }

    /** Numbers of a completed order as stored in the billing system (numeric TN column). */
    public static List<Long> completedNumbers(OrderResponseXml response) {
        return response.completedNumbers.stream()
                .map(n -> Long.parseLong(n.fullNumber))
                .toList();
    }

    private OrderResponseXml submit(String xml) {
        return restClient.post()
                .uri(DashboardPaths.ORDERS, props.getAccountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(xml)
                .retrieve()
                .body(OrderResponseXml.class);
    }
}
