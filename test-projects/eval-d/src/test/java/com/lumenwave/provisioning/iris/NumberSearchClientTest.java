package com.lumenwave.provisioning.iris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.lumenwave.provisioning.config.IrisProperties;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class NumberSearchClientTest {

    private static final String BASE = "https://dashboard.bandwidth.com/api";

    private MockRestServiceServer server;
    private NumberSearchClient client;

    @BeforeEach
    void setUp() {
        IrisProperties props = new IrisProperties(BASE, null, null, "9900123", "user", "secret",
                "31745", "552011", null, "USA");
        RestClient.Builder builder = RestClient.builder().baseUrl(props.baseUrl());
        server = MockRestServiceServer.bindTo(builder).build();
        client = new NumberSearchClient(builder.build(), props);
    }

    @Test
    void searchesByAreaCode() {
        server.expect(requestTo(BASE + "/accounts/9900123/availableNumbers?areaCode=919&quantity=5"))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess(new ClassPathResource("fixtures/available-numbers-response.xml"),
                        MediaType.APPLICATION_XML));

        List<String> numbers = client.searchByAreaCode("919", 5);

        assertEquals(List.of("9195551234", "9195551235", "9195551236"), numbers);
        server.verify();
    }

    @Test
    void internationalSearchSendsCountry() {
        server.expect(requestTo(BASE + "/accounts/9900123/availableNumbers?countryCodeA3=USA&areaCode=919&quantity=2"))
                .andRespond(withSuccess(new ClassPathResource("fixtures/available-numbers-response.xml"),
                        MediaType.APPLICATION_XML));

        client.searchByAreaCode("919", "USA", 2);
        server.verify();
    }

    @Test
    void pagesInServiceNumbers() {
        server.expect(requestTo("https://dashboard.bandwidth.com/api/accounts/9900123/inserviceNumbers?areacode=704&page=2&size=500"))
                .andRespond(withSuccess("<TNs><TotalCount>0</TotalCount></TNs>", MediaType.APPLICATION_XML));

        client.inServiceByAreaCode("704", 2);
        server.verify();
    }
}
