package net.lumivox.numbering.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class BaseUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "https://dashboard.bandwidth.com/api/",
            "https://dashboard.bandwidth.com/api",
            "https://test.dashboard.bandwidth.com/api//"
    })
    void stripsTrailingSlashes(String url) {
        assertFalse(BaseUrls.normalize(url).endsWith("/"));
    }

    @Test
    void leavesOtherProductsAlone() {
        assertEquals("https://messaging.bandwidth.com/api/v2", BaseUrls.normalize("https://messaging.bandwidth.com/api/v2/"));
    }

    @Test
    void joinsOwnApiPaths() {
        assertEquals("https://numbers.lumivox.net/api/accounts/C-1001/addresses",
                BaseUrls.join("https://numbers.lumivox.net/api/", "accounts/C-1001/addresses"));
    }
}
