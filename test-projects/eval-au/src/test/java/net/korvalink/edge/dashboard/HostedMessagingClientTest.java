package net.korvalink.edge.dashboard;

import static net.korvalink.edge.TestFixtures.compact;
import static net.korvalink.edge.TestFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import net.korvalink.edge.config.DashboardProperties;
import net.korvalink.edge.dashboard.HostedMessagingClient.ImportRequest;

class HostedMessagingClientTest {

    private final DashboardHttpClient dashboard = mock(DashboardHttpClient.class);
    private HostedMessagingClient client;

    @BeforeEach
    void setUp() {
        DashboardProperties props = new DashboardProperties();
        props.setAccountId("9900112");
        props.setSiteId("1201");
        props.setSipPeerId("50110");
        client = new HostedMessagingClient(dashboard, props, new XmlMapper());
    }

    @Test
    void submitsImportOrderForTheAccount() {
        when(dashboard.post(anyString(), anyString())).thenReturn("<ImportTnOrderResponse/>");

        client.submitImport(new ImportRequest("noc-42", List.of(
                "9195550142",
                "9195550143"), "Acme Dental", "J. Rivera"));

        ArgumentCaptor<String> path = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
        verify(dashboard).post(path.capture(), body.capture());
        assertEquals("/accounts/9900112/importTnOrders", path.getValue());
        assertEquals(compact(fixture("import-tn-order-request.xml")), compact(body.getValue()));
    }

    @Test
    void removesImportedNumbers() {
        client.removeImported("rm-7", List.of("9195550144"));

        verify(dashboard).post(eq("/accounts/9900112/removeImportedTnOrders"), contains("rm-7"));
    }

    @Test
    void checksImportabilityFirst() {
        client.checkImportable(List.of("9195550145"));

        verify(dashboard).post(eq("/accounts/9900112/importTnChecker"), contains("ImportTnCheckerPayload"));
    }
}
