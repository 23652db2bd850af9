package net.tidewaterconnect.numbering.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

import java.util.List;
import java.util.Map;

import net.tidewaterconnect.numbering.config.DashboardProperties;
import net.tidewaterconnect.numbering.config.TestDashboardClients;
import net.tidewaterconnect.numbering.dashboard.api.InserviceNumbersApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.junit.jupiter.MockServerExtension;
import org.springframework.web.client.RestClient;

@ExtendWith(MockServerExtension.class)
class InserviceNumberClientTest {

    private static final String IN_SERVICE = "/api/accounts/5009876/inserviceNumbers";

    private static final String NORFOLK_PAGE = """
            <TNs>
                <TotalCount>3</TotalCount>
                <TelephoneNumbers>
                    <Count>3</Count>
                    <TelephoneNumber>7575550101</TelephoneNumber>
                    <TelephoneNumber>7575550102</TelephoneNumber>
                    <TelephoneNumber>7574440199</TelephoneNumber>
                </TelephoneNumbers>
            </TNs>
            """;

    private final ClientAndServer server;
    private InserviceNumberClient client;

    InserviceNumberClientTest(ClientAndServer server) {
        this.server = server;
    }

    @BeforeEach
    void setUp() {
        server.reset();
        DashboardProperties props = TestDashboardClients.props(server.getPort());
        RestClient rest = TestDashboardClients.restClient(props);
        InserviceNumbersApi api = TestDashboardClients.proxyFactory(rest).createClient(InserviceNumbersApi.class);
        client = new InserviceNumberClient(rest, api, props);
    }

    @Test
    void listsNumbersOfOneAreaCode() {
        server.when(request().withMethod("GET").withPath(IN_SERVICE)
                        .withQueryStringParameter("areacode", "757"))
                .respond(response().withStatusCode(200).withHeader("Content-Type", "application/xml")
                        .withBody(NORFOLK_PAGE));

        List<String> tns = client.inServiceFor("757");

        assertThat(tns).containsExactly("7575550101", "7575550102", "7574440199");
    }

    @Test
    void groupsByExchange() {
        server.when(request().withMethod("GET").withPath(IN_SERVICE))
                .respond(response().withStatusCode(200).withHeader("Content-Type", "application/xml")
                        .withBody(NORFOLK_PAGE));

        Map<String, List<String>> byExchange = client.byExchange("757");

        assertThat(byExchange).containsOnlyKeys("555", "444");
    }
}
