package com.pinecrestcomm.qa.numbers.client;

import com.pinecrestcomm.qa.numbers.support.TestProps;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryClientTest {

    private final InventoryClient client =
            new InventoryClient(RestClient.create(), TestProps.iris("https://dashboard.bandwidth.com/api"));

    @Test
    void buildsInserviceUri() {
        URI uri = client.inserviceNumbersUri("919", 1, 50);

        assertThat(uri).hasPath("/api/accounts/9900012/inserviceNumbers")
                .hasParameter("areacode", "919")
                .hasParameter("size", "50");
    }

    @Test
    void buildsSiteInserviceUriWithCountry() {
        assertThat(client.siteInserviceNumbersUri("919").getQuery())
                .isEqualTo("countryCodeA3=USA&areaCode=919");
    }

    @Test
    void countsNumbersPerAreaCode() {
        Map<Integer, Long> counts = client.countByAreaCode(List.of("9195550101", "9195550102", "7045550103"));

        assertThat(counts).containsEntry(919, 2L).containsEntry(704, 1L);
    }

    @Test
    void e911UriUsesNewResourceName() {
        assertThat(client.e911AddressesV2Uri().getPath()).endsWith("/e911Addresses");
    }
}
