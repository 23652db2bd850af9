package net.harbourline.numberdesk.dashboard;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LegacyInetworkGatewayTest {

    @Test
    void inserviceUriUsesLowerCaseFilter() throws Exception {
        LegacyInetworkGateway gateway = new LegacyInetworkGateway();
        gateway.load();
        URI uri = gateway.inserviceNumbers("919");
        assertEquals("https://api.inetwork.com/v1.0/accounts/9900112/inserviceNumbers?areacode=919&size=1000", uri.toString());
    }

    @Test
    void portOutsUri() throws Exception {
        LegacyInetworkGateway gateway = new LegacyInetworkGateway();
        gateway.load();
        assertEquals("/v1.0/accounts/9900112/portouts", gateway.portOuts("COMPLETE").getPath());
    }
}
