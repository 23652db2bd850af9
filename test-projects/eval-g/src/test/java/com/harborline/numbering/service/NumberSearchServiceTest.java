package com.harborline.numbering.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harborline.numbering.domain.TenantProfile;
import com.harborline.numbering.dto.TnDetails;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberSearchServiceTest {

    @Test
    void extractsNumbersFromInserviceResponse() throws Exception {
        String xml;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/inservice-numbers-919.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertEquals(List.of("9195551234", "9195551299", "9845550177"), NumberSearchService.extractNumbers(xml));
    }

    @Test
    void prefersTenantAreaCode() {
        TenantProfile profile = TenantProfile.builder().tenantId("t-1").preferredAreaCode(984).build();
        List<TnDetails> candidates = List.of(
                new TnDetails("9845550177", "RALEIGH", "NC", 426, 984, "0"),
                new TnDetails("9195551299", "RALEIGH", "NC", 426, 919, "0"));

        assertEquals(1, new NumberSearchService().preferredFor(profile, candidates).size());
    }
}
