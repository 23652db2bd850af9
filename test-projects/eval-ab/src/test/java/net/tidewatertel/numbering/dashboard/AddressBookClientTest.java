package net.tidewatertel.numbering.dashboard;

import static net.tidewatertel.numbering.support.TestFixtures.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withCreatedEntity;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.net.URI;

import net.tidewatertel.numbering.config.DashboardProperties;
import net.tidewatertel.numbering.support.XmlTemplates;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.client.RestClientTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.client.MockRestServiceServer;

@RestClientTest(AddressBookClient.class)
@Import(XmlTemplates.class)
@EnableConfigurationProperties(DashboardProperties.class)
@ActiveProfiles("test")
class AddressBookClientTest {

    @Autowired
    private MockRestServiceServer server;

    @Autowired
    private AddressBookClient client;

    @AfterEach
    void verify() {
        server.verify();
    }

    @Test
    void listsAddresses() {
        server.expect(requestTo("https://dashboard.bandwidth.com/api/accounts/5006071/addresses"))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess("<Addresses><Address><AddressId>ADDR-17</AddressId></Address></Addresses>",
                        MediaType.APPLICATION_XML));

        assertThat(client.listAddresses()).contains("ADDR-17");
    }

    @Test
    void createsAddressFromTemplate() {
        server.expect(requestTo(ACCOUNT + "/addresses"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().string(containsString("<Zip>23510</Zip>")))
                .andRespond(withCreatedEntity(URI.create(ACCOUNT + "/addresses/ADDR-18")));

        String location = client.createAddress("150", "W Main St", "Norfolk", "VA", "23510");

        assertThat(location).endsWith("/ADDR-18");
    }

    @Test
    void deletesAddressById() {
        server.expect(requestTo(ACCOUNT + "/addresses/ADDR-17"))
                .andExpect(method(HttpMethod.DELETE))
                .andRespond(withSuccess());

        client.deleteAddress("ADDR-17");
    }

    @Test
    void readsEndpointsFromTheNewResource() {
        server.expect(requestTo(ACCOUNT + "/e911Addresses/ADDR-17/endpoints"))
                .andRespond(withSuccess("<Endpoints/>", MediaType.APPLICATION_XML));

        assertThat(client.endpointsForAddress("ADDR-17")).isEqualTo("<Endpoints/>");
    }
}
