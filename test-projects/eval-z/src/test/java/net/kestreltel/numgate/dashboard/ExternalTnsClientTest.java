package net.kestreltel.numgate.dashboard;

import static net.kestreltel.numgate.support.DashboardTestSupport.ACCOUNT_PATH;
import static net.kestreltel.numgate.support.DashboardTestSupport.codec;
import static net.kestreltel.numgate.support.DashboardTestSupport.props;
import static net.kestreltel.numgate.support.DashboardTestSupport.take;
import static net.kestreltel.numgate.support.DashboardTestSupport.webClient;
import static net.kestreltel.numgate.support.DashboardTestSupport.xml;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import net.kestreltel.numgate.config.DashboardProperties;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class ExternalTnsClientTest {

    private MockWebServer server;
    private ExternalTnsClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        DashboardProperties props = props(server);
        client = new ExternalTnsClient(webClient(props), props, codec(), new RouteCatalog(new ObjectMapper()));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void registersResellerNumbers() throws Exception {
        server.enqueue(xml("<ExternalTnsOrderResponse/>"));

        StepVerifier.create(client.register(List.of(
                                "+19195550150",
                                "9195550151"),
                        "KT-RES-0091"))
                .expectNextCount(1)
                .verifyComplete();

        RecordedRequest request = take(server);
        assertThat(request.getPath()).isEqualTo("/api/accounts/9900123/externalTns");
        assertThat(request.getBody().readUtf8()).contains("<Action>IMPORT</Action>");
    }

    @Test
    void readsOrderStatus() throws Exception {
        server.enqueue(xml("<ExternalTnsOrder/>"));

        StepVerifier.create(client.orderStatus("ext-31")).expectNextCount(1).verifyComplete();

        assertThat(take(server).getPath()).isEqualTo(ACCOUNT_PATH + "/externalTns/ext-31");
    }
}
