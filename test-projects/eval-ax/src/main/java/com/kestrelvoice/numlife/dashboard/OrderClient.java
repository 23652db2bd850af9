package com.kestrelvoice.numlife.dashboard;

import com.kestrelvoice.numlife.config.DashboardProperties;
import com.kestrelvoice.numlife.dto.OrderResponseDto;
import java.net.URI;
import java.util.List;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * New number orders and disconnects, sent as raw XML.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class OrderClient {

    /** Number the nightly smoke test orders and releases again. */
    private static final String CANARY_TN_BODY = """
            <DisconnectTelephoneNumberOrder>
                <CustomerOrderId>nightly-canary-release</CustomerOrderId>
                <DisconnectTelephoneNumberOrderType>
                    <TelephoneNumberList>
                        <TelephoneNumber>9194240199</TelephoneNumber>
                    </TelephoneNumberList>
                </DisconnectTelephoneNumberOrderType>
            </DisconnectTelephoneNumberOrder>
            """;

    @Qualifier("dashboard")
    private final RestClient dashboard;
    private final DashboardProperties properties;

    public String orderExisting(String customerOrderId, List<String> tns) {
        StringBuilder xml = new StringBuilder();
        xml.append("<Order>")
                .append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>")
                .append("<SiteId>").append(properties.getDefaults().getSiteId()).append("</SiteId>")
                .append("<PeerId>").append(properties.getDefaults().getSipPeerId()).append("</PeerId>")
                .append("<PartialAllowed>false</PartialAllowed>")
                .append("<ExistingTelephoneNumberOrderType><TelephoneNumberList>");
        for (String tn : tns) {
            xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        xml.append("</TelephoneNumberList></ExistingTelephoneNumberOrderType></Order>");
        return post(xml.toString());
    }

    public String orderByAreaCode(String customerOrderId, String areaCode, int quantity) {
        String body = """
                <Order>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <SiteId>%s</SiteId>
                    <PeerId>%s</PeerId>
                    <AreaCodeSearchAndOrderType>
                        <AreaCode>%s</AreaCode>
                        <Quantity>%d</Quantity>
                    </AreaCodeSearchAndOrderType>
                </Order>
                """.formatted(customerOrderId, properties.getDefaults().getSiteId(),
                properties.getDefaults().getSipPeerId(), areaCode, quantity);
        return post(body);
    }

    public OrderResponseDto get(String orderId) {
        return dashboard.get()
                .uri(DashboardPaths.ORDER, accountId(), orderId)
                .retrieve()
                .body(OrderResponseDto.class);
    }

    public String disconnect(String customerOrderId, List<String> tns) {
        StringBuilder numbers = new StringBuilder();
        tns.forEach(tn -> numbers.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        String body = """
                <DisconnectTelephoneNumberOrder>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <DisconnectTelephoneNumberOrderType>
                        <TelephoneNumberList>%s</TelephoneNumberList>
                    </DisconnectTelephoneNumberOrderType>
                </DisconnectTelephoneNumberOrder>
                """.formatted(customerOrderId, numbers);
        return dashboard.post()
                .uri(DashboardPaths.DISCONNECTS, accountId())
                .body(body)
                .retrieve()
                .body(String.class);
    }

    public String releaseCanary() {
        return dashboard.post()
                .uri(DashboardPaths.DISCONNECTS, accountId())
                .body(CANARY_TN_BODY)
                .retrieve()
                .body(String.class);
    }

    private String post(String body) {
        URI location = dashboard.post()
                .uri(DashboardPaths.ORDERS, accountId())
                .body(body)
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getLocation();
        log.info("Order accepted: {}", location);
        return location == null ? null : location.getPath().substring(location.getPath().lastIndexOf('/') + 1);
    }

    private String accountId() {
        return properties.getApi().getAccountId();
    }
}
