package net.larkspurtel.provisioning.service;

import static com.google.common.truth.Truth.assertThat;
import static net.larkspurtel.provisioning.support.DashboardTestSupport.client;

import java.util.List;
import net.larkspurtel.provisioning.support.DashboardTestSupport.RecordingTransport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SipPeerTnServiceTest {

    private RecordingTransport transport;
    private SipPeerTnService sipPeerTns;
    private MessagingFeatureService features;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        PayloadTemplates templates = new PayloadTemplates();
        sipPeerTns = new SipPeerTnService(client(transport), templates);
        features = new MessagingFeatureService(client(transport), templates);
    }

    @Test
    void forwardingIsAPutOnTheLocationNumber() throws Exception {
        sipPeerTns.forwardCalls("9195550148", "19195550199");

        assertThat(transport.last().method()).isEqualTo("PUT");
        assertThat(transport.last().url()).endsWith("/sites/4417/sippeers/552910/tns/9195550148");
        assertThat(transport.last().body()).contains("<CallForward>19195550199</CallForward>");
    }

    @Test
    void smsSwitchGoesThroughLocationSettings() throws Exception {
        sipPeerTns.setSms("9195550148", true);

        assertThat(transport.last().body()).contains("<SmsEnabled>true</SmsEnabled>");
    }

    @Test
    void templateProducesTheSameBody() throws Exception {
        sipPeerTns.setSmsFromTemplate("9195550148", false);

        assertThat(transport.last().body()).contains("<FullNumber>9195550148</FullNumber>");
    }

    @Test
    void bulkSmsUsesTnOptionOrder() throws Exception {
        features.setSms("LSP-SMS-3", List.of("+19195550148", "+19195550149"), true);

        assertThat(transport.last().url()).endsWith("/accounts/9900123/tnoptions");
        assertThat(transport.last().body()).contains("<Sms>on</Sms>");
    }
}
