package net.harborlight.numops.sippeer;

import static org.assertj.core.api.Assertions.assertThat;

import net.harborlight.numops.dashboard.DashboardRestGateway;
import net.harborlight.numops.dashboard.TemplateRenderer;
import net.harborlight.numops.support.Fixtures;
import net.harborlight.numops.support.RecordingRequestFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;

class SipPeerTnUpdaterTest {

    private RecordingRequestFactory fake;
    private SipPeerTnUpdater updater;

    @BeforeEach
    void setUp() {
        fake = new RecordingRequestFactory();
        RestClient client = RestClient.builder()
                .baseUrl("https://dashboard.bandwidth.com/api")
                .requestFactory(fake)
                .build();
        updater = new SipPeerTnUpdater(new DashboardRestGateway(client, Fixtures.props()), new TemplateRenderer(),
                Fixtures.props());
    }

    @Test
    void forwardPutsTheNumberSettings() {
        updater.forward("9195550142", "9195550143");

        RecordingRequestFactory.RecordedRequest request = fake.only();
        assertThat(request.method()).isEqualTo(HttpMethod.PUT);
        assertThat(request.uri().toString())
                .isEqualTo("https://dashboard.bandwidth.com/api/accounts/9900123/sites/38127/sippeers/571092/tns/9195550142");
        assertThat(request.body()).contains("<CallForward>9195550143</CallForward>");
    }

    @Test
    void smsToggleGoesToTheSameRoute() {
        updater.toggleSms("9195550142", true);

        assertThat(fake.only().uri().getPath()).endsWith("/tns/9195550142");
    }
}
