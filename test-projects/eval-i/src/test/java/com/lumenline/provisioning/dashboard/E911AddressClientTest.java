package com.lumenline.provisioning.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withNoContent;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;

import com.lumenline.provisioning.support.Fixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestTemplate;

class E911AddressClientTest {

    private static final String IRIS_BASE = "https://dashboard.bandwidth.com/api";

    private MockRestServiceServer server;
    private E911AddressClient client;

    @BeforeEach
    void setUp() {
        RestTemplate restTemplate = new RestTemplate(List.of(new MappingJackson2XmlHttpMessageConverter()));
        server = MockRestServiceServer.bindTo(restTemplate).build();
        client = new E911AddressClient(restTemplate, IRIS_BASE, "9900123");
    }

    @Test
    void listsAddressesForZip() {
        server.expect(requestTo(IRIS_BASE + "/accounts/9900123/addresses?zip=27606&page=1&size=500"))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess(Fixtures.read("responses/e911-addresses.xml"), MediaType.APPLICATION_XML));

        List<E911AddressDto> addresses = client.listAddresses("27606");

        assertThat(addresses).extracting(E911AddressDto::id).containsExactly("ADDR-7781", "ADDR-7782");
        server.verify();
    }

    @Test
    void readsOneAddress() {
        server.expect(requestTo(IRIS_BASE + "/accounts/9900123/addresses/ADDR-7781"))
                .andRespond(withSuccess(Fixtures.read("responses/e911-address.xml"), MediaType.APPLICATION_XML));

        assertThat(client.getAddress("ADDR-7781").city()).isEqualTo("RALEIGH");
    }

    @Test
    void deletesAddress() {
        server.expect(requestTo(IRIS_BASE + "/accounts/9900123/addresses/ADDR-7782"))
                .andExpect(method(HttpMethod.DELETE))
                .andRespond(withNoContent());

        client.deleteAddress("ADDR-7782");
        server.verify();
    }
}
