package net.kestreltel.numgate.dashboard;

import static net.kestreltel.numgate.support.DashboardTestSupport.ACCOUNT_PATH;
import static net.kestreltel.numgate.support.DashboardTestSupport.codec;
import static net.kestreltel.numgate.support.DashboardTestSupport.fixture;
import static net.kestreltel.numgate.support.DashboardTestSupport.props;
import static net.kestreltel.numgate.support.DashboardTestSupport.take;
import static net.kestreltel.numgate.support.DashboardTestSupport.webClient;
import static net.kestreltel.numgate.support.DashboardTestSupport.xml;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import net.kestreltel.numgate.config.DashboardProperties;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class AvailableNumberClientTest {

    private MockWebServer server;
    private AvailableNumberClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        DashboardProperties props = props(server);
        client = new AvailableNumberClient(webClient(props), props, codec());
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void searchesByAreaCode() throws Exception {
        server.enqueue(xml(fixture("available-numbers-919.xml")));

        StepVerifier.create(client.searchByAreaCode("919", 3))
                .expectNext(List.of("9195550101", "9195550102", "9195550103"))
                .verifyComplete();

        RecordedRequest request = take(server);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/api/accounts/9900123/availableNumbers?areaCode=919&quantity=3");
        assertThat(request.getHeader("Authorization")).startsWith("Basic ");
    }

    @Test
    void citySearchSendsCountryWithAreaCode() throws Exception {
        server.enqueue(xml(fixture("available-numbers-919.xml")));

        StepVerifier.create(client.searchByAreaCodeAndCity("919", "RALEIGH", 2))
                .expectNextCount(1)
                .verifyComplete();

        RecordedRequest request = take(server);
        assertThat(request.getPath())
                .isEqualTo(ACCOUNT_PATH + "/availableNumbers?countryCodeA3=USA&areaCode=919&city=RALEIGH&quantity=2");
    }

    @Test
    void availabilityProbeAsksForOneNumber() throws Exception {
        server.enqueue(xml("<SearchResult><ResultCount>1</ResultCount></SearchResult>"));

        StepVerifier.create(client.countAvailable("984"))
                .expectNext(1)
                .verifyComplete();

        RecordedRequest request = take(server);
        assertThat(request.getRequestUrl().queryParameter("areaCode")).isEqualTo("984");
        assertThat(request.getRequestUrl().queryParameter("quantity")).isEqualTo("1");
    }

    @Test
    void groupsSearchResultsByAreaCode() {
        Map<String, List<String>> grouped = AvailableNumberClient.byAreaCode(List.of("9195550101", "9845550102"));

        assertThat(grouped).containsOnlyKeys("919", "984");
    }
}
