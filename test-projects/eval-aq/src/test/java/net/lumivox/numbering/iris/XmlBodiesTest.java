package net.lumivox.numbering.iris;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XmlBodiesTest {

    @Test
    void importOrderListsEveryNumber() {
        String xml = XmlBodies.importTnOrder("LMV-1", "3124", "518802", List.of(
                "9195550180",
                "9195550181"));
        assertEquals(2, XmlSupport.textOf(xml, "TelephoneNumber").size());
        assertTrue(xml.contains("<TelephoneNumber>9195550180</TelephoneNumber>"));
    }

    @Test
    void customerOrderIdIsEscaped() {
        String xml = XmlBodies.removeImportedTnOrder("A&B", List.of());
        assertTrue(xml.contains("<CustomerOrderId>A&amp;B</CustomerOrderId>"));
    }

    @Test
    void orderFixtureIsWellFormed() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/order-request.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(2, XmlSupport.textOf(xml, "TelephoneNumber").size());
        }
    }
}
