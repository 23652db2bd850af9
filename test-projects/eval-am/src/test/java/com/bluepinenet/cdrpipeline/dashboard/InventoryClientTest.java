package com.bluepinenet.cdrpipeline.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.bluepinenet.cdrpipeline.dashboard.model.TnDetail;
import org.junit.jupiter.api.Test;

class InventoryClientTest {

    @Test
    void extractsNumbersFromInserviceResponse() throws IOException {
        String xml;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/dashboard/inservice-numbers.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        List<String> numbers = InventoryClient.extractNumbers(xml);

        assertEquals(List.of("9195550151", "9195550152", "9195550153"), numbers);
    }

    @Test
    void parsesTnDetails() {
        String xml = """
                <TelephoneNumberResponse>
                  <TelephoneNumberDetails>
                    <City>RALEIGH</City>
                    <Lata>426</Lata>
                    <State>NC</State>
                    <FullNumber>9195550154</FullNumber>
                    <Tier>0</Tier>
                    <VendorId>49</VendorId>
                    <VendorName>Bandwidth CLEC</VendorName>
                    <RateCenter>RALEIGH</RateCenter>
                    <Status>Inservice</Status>
                    <AccountId>9900123</AccountId>
                  </TelephoneNumberDetails>
                </TelephoneNumberResponse>
                """;

        TnDetail detail = TnDetailParser.parse(xml);

        assertEquals(919, detail.areaCode());
        assertEquals("RALEIGH", detail.rateCenter());
        assertEquals("9195550154", detail.fullNumber());
    }
}
