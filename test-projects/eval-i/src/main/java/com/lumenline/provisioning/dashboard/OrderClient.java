package com.lumenline.provisioning.dashboard;

import java.util.List;
import java.util.stream.Collectors;

import com.lumenline.provisioning.constants.DashboardPaths;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Places and reads number orders. Bodies are built as XML text: the Dashboard is picky about
 * element order and the SDK's JAXB models drop elements we need ({@code PartialAllowed}).
 */
@Component
public class OrderClient {

    private static final String EXISTING_TN_ORDER = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Order>
                <CustomerOrderId>%s</CustomerOrderId>
                <SiteId>%s</SiteId>
                <PeerId>%s</PeerId>
                <PartialAllowed>false</PartialAllowed>
                <ExistingTelephoneNumberOrderType>
                    <TelephoneNumberList>
            %s
                    </TelephoneNumberList>
                </ExistingTelephoneNumberOrderType>
            </Order>
            """;

    private static final String AREA_CODE_ORDER = """
            <Order>
                <CustomerOrderId>%s</CustomerOrderId>
                <SiteId>%s</SiteId>
                <AreaCodeSearchAndOrderType>
                    <AreaCode>%s</AreaCode>
                    <Quantity>%d</Quantity>
                </AreaCodeSearchAndOrderType>
            </Order>
            """;

    private final RestTemplate restTemplate;
    private final String accountId;

    public OrderClient(@Qualifier("dashboardRestTemplate") RestTemplate restTemplate,
                       @Value("${lumenline.dashboard.account-id}") String accountId) {
        this.restTemplate = restTemplate;
        this.accountId = accountId;
    }

    /** Orders specific numbers (already picked from a search). Returns the order id. */
    public String orderNumbers(String customerOrderId, String siteId, String peerId, List<String> tns) {
        String tnElements = tns.stream()
                .map(tn -> "                <TelephoneNumber>" + HtmlUtils.htmlEscape(tn) + "</TelephoneNumber>")
                .collect(Collectors.joining("\n"));
        String body = EXISTING_TN_ORDER.formatted(customerOrderId, siteId, peerId, tnElements);
        ResponseEntity<String> response = restTemplate.postForEntity(DashboardPaths.ORDERS, xml(body),
                String.class, accountId);
        return extract(response.getBody(), "id");
    }

    /** Orders {@code quantity} numbers anywhere in an area code. */
    public String orderInAreaCode(String customerOrderId, String siteId, String areaCode, int quantity) {
        String body = AREA_CODE_ORDER.formatted(customerOrderId, siteId, areaCode, quantity);
        ResponseEntity<String> response = restTemplate.postForEntity(DashboardPaths.ORDERS, xml(body),
                String.class, accountId);
        return extract(response.getBody(), "id");
    }

    public String getOrder(String orderId) {
        return restTemplate.getForObject(DashboardPaths.ORDER, String.class, accountId, orderId);
    }

    private static HttpEntity<String> xml(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        headers.setAccept(List.of(MediaType.APPLICATION_XML));
        return new HttpEntity<>(body, headers);
    }

    static String extract(String xml, String element) {
        if (xml == null) {
            return null;
        }
        String open = "<" + element + ">";
        int start = xml.indexOf(open);
        int end = xml.indexOf("</" + element + ">", start);
        return start < 0 || end < 0 ? null : xml.substring(start + open.length(), end);
    }
}
