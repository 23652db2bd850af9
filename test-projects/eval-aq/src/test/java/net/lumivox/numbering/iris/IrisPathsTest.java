package net.lumivox.numbering.iris;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IrisPathsTest {

    private final IrisPaths paths = IrisPaths.production("9900123");

    @Test
    void buildsAddressUrls() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/addresses", paths.addresses());
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/addresses/77", paths.address("77"));
    }

    @Test
    void buildsImportHistoryUrl() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/importTnOrders/ord-1/history",
                paths.importTnOrderHistory("ord-1"));
    }

    @Test
    void e911AddressesKeepTheirName() {
        assertTrue(paths.e911Address("77").endsWith("/e911Addresses/77"));
    }

    @Test
    void sipPeerTnsUrl() {
        assertTrue(paths.sipPeerTns("3124", "518802").endsWith("/sites/3124/sippeers/518802/tns"));
    }
}
