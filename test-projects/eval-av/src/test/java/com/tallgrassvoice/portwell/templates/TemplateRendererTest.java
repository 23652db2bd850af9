package com.tallgrassvoice.portwell.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    private final TemplateRenderer renderer = new TemplateRenderer();

    @Test
    void orderListsEveryNumber() {
        String xml = renderer.render("order.vm", Map.of(
                "customerOrderId", "t-1",
                "siteId", "4471",
                "peerId", "583221",
                "tns", List.of(
                        "4045550170",
                        "4045550171")));
        assertEquals(2, xml.split("<TelephoneNumber>", -1).length - 1);
    }

    @Test
    void tnOptionOrder() {
        String xml = renderer.render("tn-option-order.vm", Map.of(
                "customerOrderId", "t-2",
                "sms", "off",
                "tns", List.of("+14045550172")));
        assertTrue(xml.contains("<Sms>off</Sms>"));
    }

    @Test
    void lnpOrderFallsBackToTheMainLine() {
        String xml = renderer.render("lnp-order.vm", Map.of(
                "customerOrderId", "t-3",
                "tns", List.of(),
                "siteId", "4471",
                "peerId", "583221",
                "loaPerson", "Dana Whitfield",
                "subscriber", Map.of("businessName", "Acme", "houseNumber", "1", "streetName", "Main",
                        "city", "Greensboro", "stateCode", "NC", "zip", "27401")));
        assertTrue(xml.contains("<BillingTelephoneNumber>"));
    }
}
