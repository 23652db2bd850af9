package com.tallgrassvoice.portwell.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The request fixtures are what we send; keep them well-formed. */
class RequestFixturesTest {

    private static Document load(String name) throws Exception {
        try (InputStream in = RequestFixturesTest.class.getResourceAsStream("/requests/" + name)) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    @Test
    void externalTnsOrderHasTwoNumbers() throws Exception {
        assertEquals(2, load("external-tns-order.xml").getElementsByTagName("TelephoneNumber").getLength());
    }

    @Test
    void importOrderHasSubscriber() throws Exception {
        assertEquals(1, load("import-tn-order.xml").getElementsByTagName("Subscriber").getLength());
    }

    @Test
    void subscriptionsAreCallbacks() throws Exception {
        for (String name : List.of("subscription-portins.xml", "subscription-orders-legacy.xml")) {
            assertEquals(1, load(name).getElementsByTagName("CallbackSubscription").getLength(), name);
        }
    }

    @Test
    void externalOrderBuilder() {
        String xml = ExternalTnsClient.orderXml("c-1", "4471", "583221", "IMPORT", List.of(
                "4045550170",
                "4045550171"));
        assertTrue(xml.contains("<Action>IMPORT</Action>"));
    }
}
