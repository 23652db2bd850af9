package net.tidewaterconnect.numbering.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.tidewaterconnect.numbering.config.DashboardProperties;
import net.tidewaterconnect.numbering.config.TestDashboardClients;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockserver.configuration.ConfigurationProperties;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.junit.jupiter.MockServerExtension;
import org.mockserver.junit.jupiter.MockServerSettings;
import org.springframework.web.client.RestClient;

/** Runs the clients against the recorded Dashboard expectations in mockserver/dashboard-expectations.json. */
@ExtendWith(MockServerExtension.class)
@MockServerSettings(perTestSuite = true)
class DashboardSmokeTest {

    @BeforeAll
    static void loadExpectations() {
        ConfigurationProperties.initializationJsonPath("mockserver/dashboard-expectations.json");
    }

    private final RestClient rest;
    private final DashboardProperties props;

    DashboardSmokeTest(ClientAndServer server) {
        this.props = TestDashboardClients.props(server.getPort());
        this.rest = TestDashboardClients.restClient(props);
    }

    @Test
    void e911AddressBookIsReachable() {
        assertThat(new E911AddressClient(rest, props).listAll()).isEmpty();
    }

    @Test
    void offNetNumbersCanBeAdded() {
        String response = new ExternalTnsClient(rest, props).addOffNet("OFFNET-17", List.of("+15405550190"));
        assertThat(response).isNotNull();
    }

    @Test
    void searchReturnsStock() {
        assertThat(new AvailableNumbersClient(rest, props).searchByAreaCode("757", 1)).hasSize(1);
    }
}
