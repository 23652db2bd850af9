package net.pinecrest.numbertool.dashboard;

import net.pinecrest.numbertool.config.ToolConfig;
import net.pinecrest.numbertool.support.Fixtures;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DashboardHttpClientTest {

    private MockWebServer server;
    private DashboardHttpClient client;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        ToolConfig config = Fixtures.config(server.url("/api").toString());
        client = new DashboardHttpClient(config);
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.shutdown();
    }

    @Test
    void inserviceFilterIsSentAsQueryParameter() throws Exception {
        server.enqueue(Fixtures.xml("inservice-numbers.xml"));

        List<String> numbers = client.inserviceByAreaCode("804");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).isEqualTo("/api/accounts/9900217/inserviceNumbers?areaCode=804&size=500");
        assertThat(numbers).containsExactly("8045550110", "8045550111", "4345550120");
    }

    @Test
    void externalTnsAreRenderedFromTheTemplate() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(201).setBody("<ExternalTnsOrderResponse/>"));
        String xml = Fixtures.read("expected-external-tns.xml");

        client.postExternalTns(xml);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).isEqualTo("/api/accounts/9900217/externalTns");
        assertThat(request.getHeader("Content-Type")).startsWith("application/xml");
    }

    @Test
    void tnDetailsUsesTheNumberInThePath() throws Exception {
        server.enqueue(Fixtures.xmlBody("<TelephoneNumberResponse><TelephoneNumberDetails/></TelephoneNumberResponse>"));

        client.tnDetails("8045550100");

        assertThat(server.takeRequest().getPath()).isEqualTo("/api/tns/8045550100/tndetails");
    }

    @Test
    void errorsCarryTheStatus() {
        server.enqueue(new MockResponse().setResponseCode(400).setBody("""
                <SipPeerTelephoneNumberResponse>
                  <ResponseStatus>
                    <ErrorCode>400</ErrorCode>
                    <Description>Messaging service needs to be enabled/disabled via a TN Option order</Description>
                  </ResponseStatus>
                </SipPeerTelephoneNumberResponse>
                """));

        assertThatThrownBy(() -> client.putXml(client.paths().sipPeerTn("14021", "588214", "8045550101"), "<x/>"))
                .hasMessageContaining("400");
    }
}
