package io.northstarvoice.toolkit.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IrisRequestTest {

    @Test
    void joinsSegmentsAndEncodesQuery() {
        IrisRequest request = IrisRequest.builder()
                .base("https://dashboard.bandwidth.com/api/")
                .path("accounts", "9900012", "addresses")
                .query("suggest", "true")
                .build();

        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900012/addresses?suggest=true",
                request.uri().toString());
    }

    @Test
    void splitsSlashSeparatedSegments() {
        IrisRequest request = IrisRequest.builder()
                .base("https://api.northstarvoice.io")
                .path("/api/customers/C-1/addresses")
                .build();

        assertEquals("https://api.northstarvoice.io/api/customers/C-1/addresses", request.uri().toString());
    }

    @Test
    void encodesPlusInQueryValues() {
        IrisRequest request = IrisRequest.builder()
                .base("https://dashboard.bandwidth.com/api/v2")
                .path("accounts", "9900012", "tns")
                .query("npa", "+1919")
                .build();

        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900012/tns?npa=%2B1919", request.uri().toString());
    }
}
