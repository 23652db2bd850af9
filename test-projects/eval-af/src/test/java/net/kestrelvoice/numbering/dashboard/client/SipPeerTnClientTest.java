package net.kestrelvoice.numbering.dashboard.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.kestrelvoice.numbering.support.RecordingFilter;
import net.kestrelvoice.numbering.support.TestDashboard;

class SipPeerTnClientTest {

    private RecordingFilter recorder;
    private SipPeerTnClient client;

    @BeforeEach
    void setUp() {
        recorder = new RecordingFilter();
        client = new SipPeerTnClient(TestDashboard.webClients(recorder));
    }

    @Test
    void smsToggleIsAPutOnTheNumber() {
        client.setSms(TestDashboard.TN_WILMINGTON, true);

        assertThat(recorder.last().method()).isEqualTo("PUT");
        assertThat(recorder.last().uri()).endsWith("/sites/4410/sippeers/552190/tns/9104471203");
        assertThat(recorder.last().body()).contains("<SmsEnabled>true</SmsEnabled>");
    }

    @Test
    void rpidUpdateHasNoMessagingBlock() {
        client.setRpid(TestDashboard.TN_RALEIGH, "+19193230147");

        assertThat(recorder.last().body()).doesNotContain("MessagingSettings");
    }

    @Test
    void smokeTestTogglesTwice() {
        client.smokeTestSmsToggle();

        assertThat(recorder.requests()).hasSize(2);
        assertThat(recorder.requests().get(0).body()).contains("<SmsEnabled>false</SmsEnabled>");
    }
}
