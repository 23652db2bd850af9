package net.harbourline.numberdesk.model;

import jakarta.xml.bind.JAXB;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ExternalTnsOrderBodyTest {

    @Test
    void marshalsTelephoneNumbersInWrapper() {
        ExternalTnsOrderBody body = new ExternalTnsOrderBody();
        body.setCustomerOrderId("ICPA123ABC");
        body.setSiteId("743");
        body.setSipPeerId("303716");
        body.setTelephoneNumbers(List.of(
                "4352154439",
                "4158714245"));
        StringWriter out = new StringWriter();
        JAXB.marshal(body, out);
        assertTrue(out.toString().contains("<TelephoneNumbers>"));
        assertTrue(out.toString().contains("<Action>IMPORT</Action>"));
    }
}
