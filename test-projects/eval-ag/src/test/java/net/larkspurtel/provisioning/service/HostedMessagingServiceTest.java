package net.larkspurtel.provisioning.service;

import static com.google.common.truth.Truth.assertThat;
import static net.larkspurtel.provisioning.support.DashboardTestSupport.client;
import static net.larkspurtel.provisioning.support.DashboardTestSupport.fixture;

import com.google.gson.Gson;
import java.util.List;
import net.larkspurtel.provisioning.events.ProvisioningEvent;
import net.larkspurtel.provisioning.support.DashboardTestSupport.RecordingTransport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HostedMessagingServiceTest {

    private RecordingTransport transport;
    private HostedMessagingService hosted;
    private ExternalTnService external;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        hosted = new HostedMessagingService(client(transport));
        external = new ExternalTnService(client(transport), "https://api.inetwork.com");
    }

    @Test
    void importsNumbersFromPortalEvent() throws Exception {
        ProvisioningEvent event = new Gson().fromJson(fixture("pubsub-order-event.json"), ProvisioningEvent.class);

        hosted.importNumbers(event);

        assertThat(transport.last().url()).endsWith("/accounts/9900123/importTnOrders");
        assertThat(transport.last().body()).contains("<LoaAuthorizingPerson>Dana Whitfield</LoaAuthorizingPerson>");
    }

    @Test
    void removesImportedNumbers() throws Exception {
        hosted.removeNumbers("LSP-REL-1", List.of("4155550134", "4155550135"));

        assertThat(transport.last().url()).endsWith("/removeImportedTnOrders");
        assertThat(transport.last().body()).contains("<TelephoneNumber>4155550134</TelephoneNumber>");
    }

    @Test
    void readsHistoryOfAnImportOrder() throws Exception {
        hosted.history("b2f0e6d1");

        assertThat(transport.last().url()).isEqualTo(
                "https://dashboard.bandwidth.com/api/accounts/9900123/importTnOrders/b2f0e6d1/history");
    }

    @Test
    void checkerIsCalledBeforeImport() throws Exception {
        hosted.checkImportable(List.of("4155550134"));

        assertThat(transport.last().url()).endsWith("/importTnChecker");
    }

    @Test
    void externalNumbersArePostedAsExternalTnsOrder() throws Exception {
        external.add("LSP-EXT-9", List.of("6505550161", "6505550162"));

        String expected = """
                <ExternalTnsOrder>
                <CustomerOrderId>LSP-EXT-9</CustomerOrderId>
                <SiteId>4417</SiteId>
                <SipPeerId>552910</SipPeerId>
                <Action>IMPORT</Action>
                <LoaType>CARRIER</LoaType>
                <TelephoneNumbers>
                <TelephoneNumber>6505550161</TelephoneNumber>
                <TelephoneNumber>6505550162</TelephoneNumber>
                </TelephoneNumbers>
                </ExternalTnsOrder>
                """.replace("\n", "");
        assertThat(transport.last().url()).contains("/externalTns");
        assertThat(transport.last().body()).endsWith(expected);
    }

    @Test
    void legacyTenantsAreQueriedOnInetworkHost() throws Exception {
        external.statusOnLegacyHost("EXT-1");

        assertThat(transport.last().url()).isEqualTo("https://api.inetwork.com/v1.0/accounts/9900123/externalTns/EXT-1");
    }
}
