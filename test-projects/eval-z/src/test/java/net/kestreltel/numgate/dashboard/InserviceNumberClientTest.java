package net.kestreltel.numgate.dashboard;

import static net.kestreltel.numgate.support.DashboardTestSupport.codec;
import static net.kestreltel.numgate.support.DashboardTestSupport.fixture;
import static net.kestreltel.numgate.support.DashboardTestSupport.props;
import static net.kestreltel.numgate.support.DashboardTestSupport.take;
import static net.kestreltel.numgate.support.DashboardTestSupport.webClient;
import static net.kestreltel.numgate.support.DashboardTestSupport.xml;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import net.kestreltel.numgate.config.DashboardProperties;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class InserviceNumberClientTest {

    private static final String LAST_PAGE = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <TNs>
                <TotalCount>3</TotalCount>
                <Links>
                    <first>Link=&lt;https://dashboard.bandwidth.com:443/v1.0/accounts/9900123/inserviceNumbers?areacode=919&amp;page=1&amp;size=2&gt;;rel="first";</first>
                </Links>
                <TelephoneNumbers>
                    <Count>1</Count>
                    <TelephoneNumber>9195550113</TelephoneNumber>
                </TelephoneNumbers>
            </TNs>
            """;

    private MockWebServer server;
    private InserviceNumberClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        DashboardProperties props = props(server);
        client = new InserviceNumberClient(webClient(props), props, codec());
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void followsPagesUntilThereIsNoNextLink() throws Exception {
        server.enqueue(xml(fixture("inservice-numbers-page1.xml")));
        server.enqueue(xml(LAST_PAGE));

        StepVerifier.create(client.inventoryForAreaCode("919"))
                .expectNext("9195550111", "9195550112", "9195550113")
                .verifyComplete();

        assertThat(take(server).getPath())
                .isEqualTo("/api/accounts/9900123/inserviceNumbers?areacode=919&page=1&size=500");
        assertThat(take(server).getRequestUrl().queryParameter("page")).isEqualTo("2");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void siteInventoryFiltersByAreaCode() throws Exception {
        server.enqueue(xml(LAST_PAGE));

        StepVerifier.create(client.siteInventoryForAreaCode("919"))
                .expectNextCount(1)
                .verifyComplete();

        assertThat(take(server).getPath())
                .startsWith("/api/accounts/9900123/sites/461/inserviceNumbers?areaCode=919");
    }
}
