package com.cascadia.numprov.iris;

import org.w3c.dom.Element;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** New-number and disconnect orders. */
public class OrderClient {

    /** Fixed id so a repeated lab reset is recognised as the same order. */
    static final String LAB_RESET_ORDER_ID = "2345678901";

    /** Number retired with the old Durham switch; disconnected again if it reappears. */
    private static final long RETIRED_SWITCH_TN = 19195550177L;

    private final IrisHttp http;
    private final String siteId;

    public OrderClient(IrisHttp http, String siteId) {
        this.http = http;
        this.siteId = siteId;
    }

    /** Orders specific numbers picked in the DID shop. */
    public String orderNumbers(String customerOrderId, List<String> tns) {
        String list = tns.stream()
                .map(tn -> "            <TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining("\n"));
        String xml = """
                <Order>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <SiteId>%s</SiteId>
                    <PartialAllowed>false</PartialAllowed>
                    <ExistingTelephoneNumberOrderType>
                        <TelephoneNumberList>
                %s
                        </TelephoneNumberList>
                    </ExistingTelephoneNumberOrderType>
                </Order>
                """.formatted(customerOrderId, siteId, list);
        return http.post(AccountResource.ORDERS.url(http.baseUrl(), http.accountId()), xml);
    }

    /** Orders any {@code quantity} numbers in an area code. */
    public String orderByAreaCode(String customerOrderId, String areaCode, int quantity) {
        String xml = """
                <Order>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <SiteId>%s</SiteId>
                    <AreaCodeSearchAndOrderType>
                        <AreaCode>%s</AreaCode>
                        <Quantity>%d</Quantity>
                    </AreaCodeSearchAndOrderType>
                </Order>
                """.formatted(customerOrderId, siteId, areaCode, quantity);
        return http.post(AccountResource.ORDERS.url(http.baseUrl(), http.accountId()), xml);
    }

    /** Area code an order was placed for, read back from the order response. */
    public Optional<Integer> orderedAreaCode(String orderResponseXml) {
        for (Element e : XmlSupport.elements(orderResponseXml, "AreaCodeSearchAndOrderType")) {
            Integer areaCode = Integer.valueOf(XmlSupport.childText(e, "AreaCode"));
            return Optional.of(areaCode);
        }
        return Optional.empty();
    }

    /** Re-orders the NOC lab numbers after a lab account reset. */
    public String reorderLabNumbers() {
        String xml = resource("/iris/templates/lab-number-order.xml")
                .replace("{customerOrderId}", LAB_RESET_ORDER_ID)
                .replace("{siteId}", siteId);
        return http.post(AccountResource.ORDERS.url(http.baseUrl(), http.accountId()), xml);
    }

    public String disconnect(String customerOrderId, List<String> tns) {
        StringBuilder xml = new StringBuilder();
        xml.append("<DisconnectTelephoneNumberOrder>");
        xml.append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>");
        xml.append("<DisconnectTelephoneNumberOrderType><TelephoneNumberList>");
        for (String tn : tns) {
            xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        xml.append("</TelephoneNumberList></DisconnectTelephoneNumberOrderType>");
        xml.append("</DisconnectTelephoneNumberOrder>");
        return http.post(AccountResource.DISCONNECTS.url(http.baseUrl(), http.accountId()), xml.toString());
    }

    public String disconnectRetiredSwitchNumber() {
        return disconnect("retired-durham-switch", List.of(Long.toString(RETIRED_SWITCH_TN)));
    }

    private static String resource(String name) {
        try (InputStream in = OrderClient.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
