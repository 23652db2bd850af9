package net.tidewaterconnect.numbering.porting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The port-in desk's saved queries against the Dashboard, replayed against a stub. */
class PortInQueriesTest {

    private MockWebServer server;
    private RestClient rest;

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.start();
        rest = RestClient.builder().baseUrl(server.url("/").toString()).build();
    }

    @AfterEach
    void tearDown() throws IOException {
        server.shutdown();
    }

    @Test
    void findsPortInsOfANumber() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200).setBody("<LNPResponseWrapper/>"));

        rest.get().uri("/v1.0/accounts/5009876/portins?tn=8045550134").retrieve().body(String.class);

        assertThat(server.takeRequest().getRequestUrl().queryParameter("tn")).isEqualTo("8045550134");
    }

    @Test
    void findsPortInsOfAnE164Number() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200).setBody("<LNPResponseWrapper/>"));

        rest.get().uri("/api/v2/accounts/5009876/portins?tn=%2B18045550135").retrieve().body(String.class);

        assertThat(server.takeRequest().getRequestUrl().queryParameter("tn")).isEqualTo("+18045550135");
    }

    @Test
    void loaFileSizeLimit() {
        long limit = 5368709120L;
        assertThat(limit).isEqualTo(5L * 1024 * 1024 * 1024);
        assertThat(Integer.MAX_VALUE).isEqualTo(2147483647);
    }
}
