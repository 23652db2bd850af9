package net.kestrelridge.provisioning.dashboard;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.List;
import net.kestrelridge.provisioning.dashboard.xml.E911Address;
import net.kestrelridge.provisioning.support.DashboardStubs;
import org.junit.jupiter.api.Test;

class E911AddressApiTest extends DashboardStubs {

    @Test
    void listsAddressesServedByTheMappingFile() {
        List<E911Address> addresses = new E911AddressApi(client, uris).list(1, 50);

        assertThat(addresses).extracting(a -> a.city).containsExactly("Raleigh", "Durham");
        verify(getRequestedFor(urlPathEqualTo(API + "/addresses")).withQueryParam("size", equalTo("50")));
    }

    @Test
    void getsOneAddress() {
        wm.addStubMapping(StubMapping.buildFrom("""
                {
                  "request": { "method": "GET", "urlPath": "/api/accounts/9900417/addresses/ADDR-77" },
                  "response": {
                    "status": 200,
                    "headers": { "Content-Type": "application/xml" },
                    "body": "<Address><Id>ADDR-77</Id><City>Cary</City><StateCode>NC</StateCode></Address>"
                  }
                }
                """));

        assertThat(new E911AddressApi(client, uris).get("ADDR-77").city).isEqualTo("Cary");
    }

    @Test
    void createsAddress() {
        stubFor(post(urlPathEqualTo("/api/accounts/" + ACCOUNT + "/addresses"))
                .willReturn(aResponse().withStatus(201).withBody("ADDR-78")));
        E911Address address = new E911Address();
        address.houseNumber = "415";
        address.streetName = "Harrison Ave";
        address.city = "Cary";
        address.stateCode = "NC";
        address.zip = "27513";

        String id = new E911AddressApi(client, uris).create(address);

        assertThat(id).isEqualTo("ADDR-78");
        verify(postRequestedFor(urlPathEqualTo("/api/accounts/" + ACCOUNT + "/addresses"))
                .withRequestBody(matchingXPath("//StreetName[text()='Harrison Ave']")));
    }

    @Test
    void deletesAddress() {
        stubFor(delete(urlPathMatching("/api/accounts/\\d+/addresses/.+")).willReturn(noContent()));

        new E911AddressApi(client, uris).delete("ADDR-9");

        verify(deleteRequestedFor(urlPathEqualTo(API + "/addresses/ADDR-9")));
    }
}
