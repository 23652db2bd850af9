package net.korvalink.edge.dashboard;

import static net.korvalink.edge.TestFixtures.compact;
import static net.korvalink.edge.TestFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.korvalink.edge.config.DashboardProperties;
import net.korvalink.edge.dashboard.PortInClient.PortInRequest;

class PortInClientTest {

    @Test
    void buildsTheLnpOrderTheDeskFiles() {
        DashboardProperties props = new DashboardProperties();
        props.setAccountId("9900112");
        props.setSiteId("1201");
        props.setSipPeerId("50110");
        PortInClient client = new PortInClient(mock(DashboardHttpClient.class), props);

        PortInRequest request = new PortInRequest("PON-2024-0917",
                "9195550180",
                "Acme Dental", "4020", "Wake Forest Rd", "Raleigh", "NC", "27609", "J. Rivera",
                List.of("9195550180",
                        "9195550181"));

        assertEquals(compact(fixture("lnp-order-request.xml")), compact(client.lnpOrderXml(request)));
    }
}
