package net.corvalink.numbering.iris;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderPayloadsTest {

    @Test
    void existingNumbersOrder() {
        List<String> tns = List.of(
                "6672286710",
                "5756186700");

        String xml = OrderPayloads.existingNumbers("acme-1", "4411", tns);

        assertEquals("<Order><CustomerOrderId>acme-1</CustomerOrderId><SiteId>4411</SiteId>"
                + "<PartialAllowed>false</PartialAllowed><ExistingTelephoneNumberOrderType><TelephoneNumberList>"
                + "<TelephoneNumber>6672286710</TelephoneNumber>"
                + "<TelephoneNumber>5756186700</TelephoneNumber>"
                + "</TelephoneNumberList></ExistingTelephoneNumberOrderType></Order>", xml);
    }

    @Test
    void areaCodeOrderCarriesAreaCode() {
        String xml = OrderPayloads.areaCodeSearchAndOrder("acme-2", "4411", "919", 3);

        assertTrue(xml.contains("<AreaCode>919</AreaCode>"));
        assertTrue(xml.contains("<Quantity>3</Quantity>"));
    }

    @Test
    void disconnectOrder() {
        String xml = OrderPayloads.disconnect("acme-3", List.of("19195550150"));

        assertTrue(xml.startsWith("<DisconnectTelephoneNumberOrder>"));
        assertTrue(xml.contains("<TelephoneNumber>19195550150</TelephoneNumber>"));
    }

    @Test
    void customerOrderIdIsEscaped() {
        String xml = OrderPayloads.existingNumbers("a&b", "4411", List.of("+19195550151"));

        assertTrue(xml.contains("<CustomerOrderId>a&amp;b</CustomerOrderId>"));
        assertTrue(xml.contains("<TelephoneNumber>+19195550151</TelephoneNumber>"));
    }
}
