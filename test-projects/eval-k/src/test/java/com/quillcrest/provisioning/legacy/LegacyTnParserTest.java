package com.quillcrest.provisioning.legacy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LegacyTnParserTest {

    private static String fixture(String name) throws IOException {
        try (InputStream in = LegacyTnParserTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void extractsNumbersFromSearchResponse() throws IOException {
        List<String> tns = LegacyTnParser.telephoneNumbers(fixture("available-numbers-response.xml"));
        assertEquals(List.of("9195550101", "9195550102", "9195550103"), tns);
    }

    @Test
    void areaCodeFromTnDetails() throws IOException {
        assertEquals(919, LegacyTnParser.areaCodeOfDetails(fixture("tn-details-response.xml")));
    }

    @Test
    void reportRowParsesNumber() {
        ReportCsvRow row = ReportCsvRow.parse("9195550160,RALEIGH,NC,30541");
        assertEquals(9195550160L, row.getTelephoneNumber());
    }
}
