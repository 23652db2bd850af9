package net.kestrelridge.provisioning.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.Map;
import net.kestrelridge.provisioning.support.DashboardStubs;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.Test;

class SmsNotifierTest extends DashboardStubs {

    @Test
    void textsTheCustomerInE164() {
        Config messaging = ConfigFactory.parseMap(Map.of("messaging.account-id", "1234567890"))
                .withFallback(config);
        stubFor(post(urlPathEqualTo("/api/v2/users/1234567890/messages")).willReturn(aResponse().withStatus(202)));
        SmsNotifier notifier = new SmsNotifier(HttpClients.createDefault(), messaging,
                "http://localhost:" + PORT + "/api/v2");

        notifier.numbersLive("9193350155", 2);

        verify(postRequestedFor(urlPathEqualTo("/api/v2/users/1234567890/messages"))
                .withRequestBody(matchingJsonPath("$.to[0]", equalTo("+19193350155")))
                .withRequestBody(matchingJsonPath("$.from", equalTo("+19193350100")))
                .withRequestBody(matchingJsonPath("$.applicationId")));
    }
}
