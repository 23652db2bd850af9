package net.kestrelwave.integration.messaging;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.DefaultUriBuilderFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;

@WireMockTest(httpPort = 18443)
class SmsNotifierTest {

    @Test
    void sendsCustomerNotificationInE164(WireMockRuntimeInfo wm) {
        stubFor(post(urlEqualTo("/api/v2/users/9900123/messages"))
                .willReturn(aResponse().withStatus(202).withBody("{\"id\":\"1589228074636lm4k2je7j7jklbn2\"}")));
        RestTemplate rest = new RestTemplate();
        rest.setUriTemplateHandler(new RewritingHandler(wm.getHttpBaseUrl()));

        new SmsNotifier(rest, "9900123", "4c1d7a8e-55b0-4a8f-9d44-0f1a2b3c4d5e", "+19195550100")
                .notifyCustomer("(919) 555-0147", "Your port completed");

        verify(postRequestedFor(urlEqualTo("/api/v2/users/9900123/messages"))
                .withRequestBody(containing("\"to\": [\"+19195550147\"]")));
    }

    /** Sends the production messaging host to WireMock. */
    static final class RewritingHandler extends DefaultUriBuilderFactory {
        private final String base;

        RewritingHandler(String base) {
            this.base = base;
        }

        @Override
        public java.net.URI expand(String uriTemplate, Object... uriVars) {
            return super.expand(uriTemplate.replace("https://messaging.bandwidth.com", base), uriVars);
        }
    }
}
