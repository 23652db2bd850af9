package net.kestrelcable.provisioning.external;

import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import net.kestrelcable.provisioning.config.BandwidthApiProperties;
import net.kestrelcable.provisioning.messaging.MessagingApiClient;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/**
 * The non-Dashboard Bandwidth and legacy APIs we call.
 */
class ExternalApiClientsTest {

    private static final BandwidthApiProperties API = new BandwidthApiProperties(
            "https://messaging.bandwidth.com/api/v2", "https://voice.bandwidth.com/api/v2",
            "https://mfa.bandwidth.com/api/v1", "https://api.bandwidth.com/v2", "https://api.bandwidth.com/api/v2",
            "9900012", "6d1c2a4e-0b5f-4f7e-9a51-3c2d8e7f1a90", "mfa-app", "api-user", "api-pass");

    @Test
    void catapultAreaCodeSearch() {
        RestClient.Builder builder = RestClient.builder();
        MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
        CatapultNumberClient client = new CatapultNumberClient(builder, "u-kestreltalk", "t-token", "secret");
        server.expect(requestTo("https://api.catapult.inetwork.com/v1/users/u-kestreltalk/availableNumbers/local?areaCode=303&quantity=2"))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess("[{\"number\":\"+13035550150\"}]", MediaType.APPLICATION_JSON));

        client.availableLocal("303", 2);

        server.verify();
    }

    @Test
    void welcomeTextGoesToTheMessagingApiInE164() {
        RestClient.Builder builder = RestClient.builder();
        MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
        MessagingApiClient client = new MessagingApiClient(builder, API);
        server.expect(requestTo("https://messaging.bandwidth.com/api/v2/users/9900012/messages"))
                .andExpect(jsonPath("$.to[0]").value("+13035550142"))
                .andRespond(withSuccess("{\"id\":\"m-1\"}", MediaType.APPLICATION_JSON));

        client.sendWelcome("3035550142");

        server.verify();
    }

    @Test
    void tollFreeWebhookSubscription() {
        RestClient.Builder builder = RestClient.builder();
        MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
        TollFreeVerificationClient client = new TollFreeVerificationClient(builder, API);
        server.expect(requestTo("https://api.bandwidth.com/api/v2/accounts/9900012/tollFreeVerification/webhooks/subscriptions"))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withSuccess());

        client.subscribe("https://tnprov.kestrelcable.net/callbacks/tfv");

        server.verify();
    }
}
