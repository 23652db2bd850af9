package net.corvalink.numbering.iris;

import java.util.List;

/**
 * Request bodies for number orders. Kept as strings: the Dashboard is picky
 * about element order and the SDK models do not cover all order types.
 */
public final class OrderPayloads {

    private OrderPayloads() {
    }

    public static String existingNumbers(String customerOrderId, String siteId, List<String> tns) {
        StringBuilder xml = new StringBuilder(256)
                .append("<Order>")
                .append("<CustomerOrderId>").append(XmlSupport.escape(customerOrderId)).append("</CustomerOrderId>")
                .append("<SiteId>").append(siteId).append("</SiteId>")
                .append("<PartialAllowed>false</PartialAllowed>")
                .append("<ExistingTelephoneNumberOrderType><TelephoneNumberList>");
        for (String tn : tns) {
            xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        return xml.append("</TelephoneNumberList></ExistingTelephoneNumberOrderType></Order>").toString();
    }

    public static String areaCodeSearchAndOrder(String customerOrderId, String siteId, String areaCode, int quantity) {
        return """
                <Order>
                  <CustomerOrderId>%s</CustomerOrderId>
                  <SiteId>%s</SiteId>
                  <AreaCodeSearchAndOrderType>
                    <AreaCode>%s</AreaCode>
                    <Quantity>%d</Quantity>
                  </AreaCodeSearchAndOrderType>
                </Order>
                """.formatted(customerOrderId, siteId, areaCode, quantity);
    }

    public static String disconnect(String customerOrderId, List<String> tns) {
        StringBuilder xml = new StringBuilder("<DisconnectTelephoneNumberOrder>")
                .append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>")
                .append("<DisconnectTelephoneNumberOrderType><TelephoneNumberList>");
        tns.forEach(tn -> xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        return xml.append("</TelephoneNumberList><DisconnectMode>normal</DisconnectMode>")
                .append("</DisconnectTelephoneNumberOrderType></DisconnectTelephoneNumberOrder>")
                .toString();
    }
}
