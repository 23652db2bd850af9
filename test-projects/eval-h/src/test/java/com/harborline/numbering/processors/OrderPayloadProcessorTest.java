package com.harborline.numbering.processors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harborline.numbering.TestFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderPayloadProcessorTest {

    private static String normalize(String xml) {
        return xml.replaceAll(">\\s+<", "><").trim();
    }

    @Test
    void rendersExistingNumberOrder() {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("customerOrderId", "HL-20240611-000123");
        headers.put("siteId", "29781");
        headers.put("peerId", "556102");
        headers.put("telephoneNumbers", List.of(
                "9195550123",
                "9195550124"));

        String xml = OrderPayloadProcessor.render("templates/order-existing-tns.xml", headers);

        assertEquals(normalize(TestFixtures.read("order-request-expected.xml")), normalize(xml));
    }
}
