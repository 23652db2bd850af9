package net.larkspurtel.provisioning.thirdparty;

import static com.google.common.truth.Truth.assertThat;

import com.google.api.client.http.HttpRequestFactory;
import java.time.Clock;
import java.util.List;
import net.larkspurtel.provisioning.support.DashboardTestSupport.RecordingTransport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ThirdPartyClientsTest {

    private RecordingTransport transport;
    private HttpRequestFactory factory;
    private BandwidthOAuth oauth;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        transport.respondWith("{\"access_token\":\"t0k\",\"expires_in\":3600}");
        factory = transport.createRequestFactory();
        oauth = new BandwidthOAuth(factory, "client", "secret", Clock.systemUTC());
    }

    @Test
    void messagingPostsToUsersMessages() throws Exception {
        transport.respondWith("{\"id\":\"1718236800123abcd\"}");
        MessagingApiClient messaging = new MessagingApiClient(factory, oauth, null, "9900123", "app-1");

        messaging.send("+19195550177", List.of("+19195550148"), "hello");

        assertThat(transport.last().url()).isEqualTo("https://messaging.bandwidth.com/api/v2/users/9900123/messages");
        assertThat(transport.last().body()).contains("\"to\":[\"+19195550148\"]");
    }

    @Test
    void catapultSearchPassesAreaCode() throws Exception {
        transport.respondWith("[{\"number\":\"+19195550190\"}]");
        CatapultNumberSearch catapult = new CatapultNumberSearch(factory, "u-abc123", "tok", "sec");

        List<String> numbers = catapult.localNumbers("919", 1);

        assertThat(transport.last().url()).contains("/availableNumbers/local?areaCode=919");
        assertThat(numbers).containsExactly("+19195550190");
    }

    @Test
    void lookupSendsNumbersAsGiven() throws Exception {
        transport.respondWith("{\"requestId\":\"r-1\"}");
        NumberLookupClient lookup = new NumberLookupClient(factory, oauth, "9900123");

        lookup.startLookup(List.of("9195550123"));

        assertThat(transport.last().url()).isEqualTo("https://api.bandwidth.com/v2/accounts/9900123/phoneNumberLookup");
    }
}
