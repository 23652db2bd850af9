package net.kestreltel.numgate.dashboard;

import static net.kestreltel.numgate.support.DashboardTestSupport.ACCOUNT_PATH;
import static net.kestreltel.numgate.support.DashboardTestSupport.codec;
import static net.kestreltel.numgate.support.DashboardTestSupport.created;
import static net.kestreltel.numgate.support.DashboardTestSupport.fixture;
import static net.kestreltel.numgate.support.DashboardTestSupport.props;
import static net.kestreltel.numgate.support.DashboardTestSupport.take;
import static net.kestreltel.numgate.support.DashboardTestSupport.webClient;
import static net.kestreltel.numgate.support.DashboardTestSupport.xml;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import net.kestreltel.numgate.config.DashboardProperties;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class HostedMessagingClientTest {

    private MockWebServer server;
    private HostedMessagingClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        DashboardProperties props = props(server);
        client = new HostedMessagingClient(webClient(props), props, codec());
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void importsNumbersForHostedMessaging() throws Exception {
        server.enqueue(created(server.url(ACCOUNT_PATH + "/importTnOrders/ord-77").toString()));

        StepVerifier.create(client.importNumbers(List.of(
                                "9195550142",
                                "9195550143"),
                        "KT-1726150291-042", "Avery Logistics LLC"))
                .expectNext("ord-77")
                .verifyComplete();

        RecordedRequest request = take(server);
        assertThat(request.getPath()).isEqualTo(ACCOUNT_PATH + "/importTnOrders");
        assertThat(request.getBody().readUtf8())
                .isEqualToIgnoringWhitespace(fixture("import-tn-order-request.xml"));
    }

    @Test
    void readsImportHistory() throws Exception {
        server.enqueue(xml("<OrderHistoryWrapper/>"));

        StepVerifier.create(client.importHistory("ord-77")).expectNextCount(1).verifyComplete();

        assertThat(take(server).getPath()).isEqualTo("/api/accounts/9900123/importTnOrders/ord-77/history");
    }

    @Test
    void removesImportedNumbers() throws Exception {
        server.enqueue(created("/removeImportedTnOrders/rm-5"));

        StepVerifier.create(client.removeNumbers(List.of("+19195550142"), "KT-1726150291-043"))
                .expectNext("rm-5")
                .verifyComplete();

        RecordedRequest request = take(server);
        assertThat(request.getPath()).isEqualTo("/api/accounts/9900123/removeImportedTnOrders");
        assertThat(request.getBody().readUtf8()).contains("<TelephoneNumber>+19195550142</TelephoneNumber>");
    }

    @Test
    void voiceImportsUseTheirOwnRoute() throws Exception {
        server.enqueue(created("/importTnOrders/voice/ord-78"));

        StepVerifier.create(client.importVoiceNumbers(List.of("+19195550144"), "KT-1726150291-044"))
                .expectNext("ord-78")
                .verifyComplete();

        assertThat(take(server).getPath()).isEqualTo("/api/accounts/9900123/importTnOrders/voice");
    }

    @Test
    void checksImportabilityFirst() throws Exception {
        server.enqueue(xml("<ImportTnCheckerResponse/>"));

        StepVerifier.create(client.checkImportable(List.of("+19195550145"))).expectNextCount(1).verifyComplete();

        assertThat(take(server).getPath()).endsWith("/importTnChecker");
    }
}
