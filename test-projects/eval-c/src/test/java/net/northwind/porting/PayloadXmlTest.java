package net.northwind.porting;

import net.northwind.porting.payload.ExternalTnsOrder;
import net.northwind.porting.payload.ImportTnOrder;
import net.northwind.porting.payload.SipPeerTnUpdate;
import net.northwind.porting.payload.Xml;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayloadXmlTest {

    @Test
    void importOrderMatchesFixture() throws Exception {
        ImportTnOrder order = ImportTnOrder.of("HMI-TEST-1", 743, 303716, "Northwind Porting Desk",
                List.of("9197830100", "9197830101"));
        assertEquals(normalise(fixture("fixtures/import-tn-order-request.xml")), normalise(Xml.write(order)));
    }

    @Test
    void externalTnsRemoval() {
        ExternalTnsOrder order = ExternalTnsOrder.builder()
                .customerOrderId("CLEANUP-77")
                .site(743, 303716)
                .action(ExternalTnsOrder.Action.REMOVE)
                .telephoneNumber("9199918388")
                .telephoneNumber("4158714245")
                .build();
        String xml = Xml.write(order);
        assertTrue(xml.contains("<Action>REMOVE</Action>"), xml);
        assertTrue(xml.contains("<TelephoneNumber>9199918388</TelephoneNumber>"), xml);
    }

    @Test
    void sipPeerUpdateSerialisesMessagingSettings() {
        SipPeerTnUpdate update = new SipPeerTnUpdate("+19195550147");
        update.setMessagingSettings(new SipPeerTnUpdate.MessagingSettings(true));
        String xml = Xml.write(update);
        assertTrue(xml.contains("<MessagingSettings><SmsEnabled>true</SmsEnabled></MessagingSettings>"), xml);
    }

    @Test
    void lnpJsonTemplateConvertsToXml() throws Exception {
        String xml = Xml.jsonToXml(fixture("payloads/lnp-order.json"), "LnpOrder");
        assertTrue(xml.startsWith("<LnpOrder>"), xml);
        assertTrue(xml.contains("<BusinessName>Triangle Dental Group</BusinessName>"), xml);
    }

    private static String fixture(String name) throws Exception {
        try (InputStream in = PayloadXmlTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String normalise(String xml) {
        return xml.replaceAll(">\\s+<", "><").strip();
    }
}
