package net.kestrelvoice.numbering.dashboard.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.kestrelvoice.numbering.dashboard.model.E911AddressPayload;
import net.kestrelvoice.numbering.support.RecordingFilter;
import net.kestrelvoice.numbering.support.TestDashboard;

class E911AddressClientTest {

    private RecordingFilter recorder;
    private E911AddressClient client;

    @BeforeEach
    void setUp() {
        recorder = new RecordingFilter();
        client = new E911AddressClient(TestDashboard.webClients(recorder));
    }

    @Test
    void registerPostsTheAddress() {
        recorder.respondCreated("https://dashboard.bandwidth.com/api/accounts/9900117/addresses/88311");

        String id = client.register(new E911AddressPayload("4000", "Centregreen Way", "Cary", "NC", "27513"));

        assertThat(id).isEqualTo("88311");
        assertThat(recorder.last().method()).isEqualTo("POST");
        assertThat(recorder.last().uri()).isEqualTo("https://dashboard.bandwidth.com/api/accounts/9900117/addresses");
        assertThat(recorder.last().body()).contains("<StreetName>Centregreen Way</StreetName>");
    }

    @Test
    void getReadsOneAddress() {
        recorder.respondXml("""
                <Address>
                  <AddressId>88311</AddressId>
                  <HouseNumber>4000</HouseNumber>
                  <StreetName>Centregreen Way</StreetName>
                  <City>Cary</City>
                  <StateCode>NC</StateCode>
                  <Zip>27513</Zip>
                </Address>
                """);

        E911AddressPayload address = client.get("88311");

        assertThat(address.getCity()).isEqualTo("Cary");
        assertThat(recorder.last().uri()).endsWith("/accounts/9900117/addresses/88311");
    }

    @Test
    void removeDeletesByFormattedPath() {
        client.remove("88311");

        assertThat(recorder.last().method()).isEqualTo("DELETE");
        assertThat(recorder.last().uri())
                .isEqualTo(TestDashboard.settings().getBaseUrl() + "/accounts/9900117/addresses/88311");
    }

    @Test
    void canaryListsTheV2Resource() {
        recorder.respondXml("<Addresses/>");

        client.listV2();

        assertThat(recorder.last().uri())
                .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/9900117/e911Addresses");
    }
}
