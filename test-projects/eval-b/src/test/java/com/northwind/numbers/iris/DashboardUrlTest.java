package com.northwind.numbers.iris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

import com.northwind.numbers.domain.PhoneFormatter;

class DashboardUrlTest {

    private static final String ACCOUNT = "9900012";

    @Test
    void e911AddressUrlIsBuiltFromTheConstants() {
        String url = IrisPaths.IRIS_HOST + IrisPaths.ACCOUNTS + ACCOUNT + IrisPaths.E911_ADDRESSES;
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900012/addresses", url);
    }

    @Test
    void addressUrlWithId() {
        URI uri = UriComponentsBuilder.fromHttpUrl("https://dashboard.bandwidth.com/api")
                .path("/accounts/{accountId}/addresses/{addressId}")
                .buildAndExpand(ACCOUNT, "42")
                .toUri();
        assertEquals("/api/accounts/9900012/addresses/42", uri.getPath());
    }

    @Test
    void stubServerMirrorsDashboardPaths() {
        String stubBase = "http://localhost:8089";
        String url = stubBase + "/v1.0/accounts/" + ACCOUNT + "/addresses";
        assertTrue(url.startsWith("http://localhost:8089/"));
    }

    @Test
    void ownStorefrontSearchEndpoint() {
        URI uri = URI.create("http://localhost:8080/api/numbers/search?areaCode=919&quantity=5");
        assertEquals("areaCode=919&quantity=5", uri.getQuery());
    }

    @Test
    void displayFormatForCustomerEmails() {
        assertEquals("(919) 555-1234", PhoneFormatter.display("9195551234"));
        assertEquals("+19195551234", PhoneFormatter.toE164("919-555-1234"));
    }

    @Test
    void importRequestBodyFixture() {
        String body = """
                <ImportTnOrder>
                    <CustomerOrderId>fixture-1</CustomerOrderId>
                    <SiteId>31337</SiteId>
                    <SipPeerId>551234</SipPeerId>
                    <TelephoneNumbers>
                        <TelephoneNumber>9192755310</TelephoneNumber>
                    </TelephoneNumbers>
                </ImportTnOrder>
                """;
        assertTrue(body.contains("<TelephoneNumber>"));
    }
}
