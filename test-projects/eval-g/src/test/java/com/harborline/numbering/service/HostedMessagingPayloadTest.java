package com.harborline.numbering.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harborline.numbering.dto.ImportOrderRequest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HostedMessagingPayloadTest {

    private static String normalize(String xml) {
        return xml.replaceAll(">\\s+<", "><").trim();
    }

    private static String fixture(String name) throws Exception {
        try (InputStream in = HostedMessagingPayloadTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void rendersImportTnOrder() throws Exception {
        ImportOrderRequest request = ImportOrderRequest.builder()
                .customerOrderId("HL-T-42")
                .siteId(461)
                .sipPeerId(303716)
                .subscriberName("Seaside Dental")
                .loaAuthorizingPerson("Pat Moreno")
                .telephoneNumber("4155550123")
                .build();

        String xml = new HostedMessagingService().renderImportOrder(request);

        assertEquals(normalize(fixture("import-tn-order-request.xml")), normalize(xml));
    }
}
