package net.kestrelcable.provisioning.dashboard;

import static net.kestrelcable.provisioning.support.TestFixtures.DASHBOARD;
import static net.kestrelcable.provisioning.support.TestFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.queryParam;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;

import net.kestrelcable.provisioning.config.DashboardRestClientConfig;
import net.kestrelcable.provisioning.support.TestFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class DashboardClientTest {

    private MockRestServiceServer server;
    private DashboardClient client;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = DashboardRestClientConfig.configure(RestClient.builder(),
                TestFixtures.dashboardProps(), TestFixtures.xmlMapper());
        server = MockRestServiceServer.bindTo(builder).build();
        client = new DashboardClient(builder.build(), TestFixtures.dashboardProps());
    }

    @Test
    void searchesAvailableNumbersByAreaCode() {
        server.expect(requestTo("https://dashboard.bandwidth.com/api/accounts/9900012/availableNumbers?areaCode=303&quantity=5&enableTNDetail=false"))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess(read("fixtures/available-numbers.xml"), MediaType.APPLICATION_XML));

        List<String> numbers = client.searchAvailable("303", 5);

        assertThat(numbers).containsExactly("3035550142", "3035550143");
        server.verify();
    }

    @Test
    void npaNxxSearchSendsAreaCode() {
        server.expect(requestTo(startsWith(DASHBOARD + "/accounts/9900012/availableNpaNxx")))
                .andExpect(queryParam("areaCode", "720"))
                .andRespond(withSuccess("<SearchResultForAvailableNpaNxx/>", MediaType.APPLICATION_XML));

        client.availableNpaNxx("720");

        server.verify();
    }

    @Test
    void inServiceCountFiltersByCountry() {
        server.expect(requestTo(DASHBOARD + "/accounts/9900012/inserviceNumbers/totals?countryCodeA3=USA&areaCode=720"))
                .andRespond(withSuccess("<Quantity><Count>12</Count></Quantity>", MediaType.APPLICATION_XML));

        assertThat(client.inServiceCount("720")).isEqualTo(12);
    }

    @Test
    void tnDetailsPutsTheNumberInThePath() {
        server.expect(requestTo(DASHBOARD + "/tns/3035550142/tndetails"))
                .andRespond(withSuccess("<TelephoneNumberResponse/>", MediaType.APPLICATION_XML));

        client.tnDetails("3035550142");

        server.verify();
    }

    @Test
    void disconnectListsEveryNumber() {
        server.expect(requestTo(DASHBOARD + "/accounts/9900012/disconnects"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().string(containsString("<TelephoneNumber>7205550187</TelephoneNumber>")))
                .andRespond(withSuccess());

        client.disconnect("KC-DISC-1", List.of("7205550187"));

        server.verify();
    }
}
