package net.kestrelvoice.numbering.dashboard.client;

import static net.kestrelvoice.numbering.support.TestDashboard.PEER;
import static net.kestrelvoice.numbering.support.TestDashboard.SITE;
import static net.kestrelvoice.numbering.support.TestDashboard.TN_CHARLOTTE;
import static net.kestrelvoice.numbering.support.TestDashboard.TN_WILMINGTON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.kestrelvoice.numbering.dashboard.model.ExternalTnsOrderPayload;
import net.kestrelvoice.numbering.dashboard.model.ImportTnOrderPayload;
import net.kestrelvoice.numbering.support.RecordingFilter;
import net.kestrelvoice.numbering.support.TestDashboard;

class HostedMessagingClientTest {

    private RecordingFilter recorder;
    private HostedMessagingClient client;

    @BeforeEach
    void setUp() {
        recorder = new RecordingFilter();
        client = new HostedMessagingClient(TestDashboard.webClients(recorder));
    }

    @Test
    void importPostsTheOrder() {
        recorder.respondCreated("b1c4-88aa");
        ImportTnOrderPayload order = new ImportTnOrderPayload("KV-5521", SITE, PEER)
                .subscriber("Acme Dental")
                .loa("Jane Roe", "CARRIER")
                .addTelephoneNumber(TN_CHARLOTTE)
                .addTelephoneNumber("9104471290");

        String id = client.importNumbers(order);

        assertThat(id).isEqualTo("b1c4-88aa");
        assertThat(recorder.last().uri()).isEqualTo("https://dashboard.bandwidth.com/api/accounts/9900117/importTnOrders");
        assertThat(recorder.last().body())
                .contains("<TelephoneNumber>7042290155</TelephoneNumber>")
                .contains("<LoaType>CARRIER</LoaType>");
    }

    @Test
    void removalSendsNumbers() {
        recorder.respondCreated("d00d");

        client.removeNumbers("KV-5522", List.of(TN_CHARLOTTE));

        assertThat(recorder.last().uri()).endsWith("/accounts/9900117/removeImportedTnOrders");
    }

    @Test
    void removalHistoryPath() {
        recorder.respondXml("<OrderHistoryWrapper/>");

        client.removalHistory("77aa");

        assertThat(recorder.last().uri()).endsWith("/removeImportedTnOrders/77aa/history");
    }

    @Test
    void externalNumbersGoToExternalTns() {
        recorder.respondCreated("e1");

        client.enableExternal(new ExternalTnsOrderPayload("KV-5523", SITE, PEER, ExternalTnsOrderPayload.Action.IMPORT)
                .withNumbers(List.of(TN_WILMINGTON)));

        assertThat(recorder.last().uri()).endsWith("/accounts/9900117/externalTns");
        assertThat(recorder.last().body()).contains("<Action>IMPORT</Action>");
    }

    @Test
    void canaryStatusUsesMessagingRoute() {
        recorder.respondXml("<ImportTnOrder/>");

        client.messagingImportStatus("c0ffee");

        assertThat(recorder.last().uri()).endsWith("/importTnOrders/messaging/c0ffee");
    }
}
