package net.kestrelwave.provisioning.dashboard;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DashboardRequestTest {

    private static final String BASE = "https://dashboard.bandwidth.com/api";

    @Test
    void buildsAccountScopedPath() {
        URI uri = DashboardRequest.get().account("9900123").path("addresses").toUri(BASE);
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/addresses", uri.toString());
    }

    @Test
    void encodesQueryParameters() {
        URI uri = DashboardRequest.get()
                .account("9900123")
                .path("availableNumbers")
                .query("areaCode", "919")
                .query("quantity", 5)
                .toUri(BASE);
        assertEquals(
                "https://dashboard.bandwidth.com/api/accounts/9900123/availableNumbers?areaCode=919&quantity=5",
                uri.toString());
    }

    @Test
    void splitsSlashesInPathParts() {
        URI uri = DashboardRequest.post().account("9900123").path("importTnOrders/abc-123", "history").toUri(BASE);
        assertEquals("/api/accounts/9900123/importTnOrders/abc-123/history", uri.getPath());
    }

    @Test
    void expandsOperationTemplates() {
        DashboardRequest request = DashboardRequest.of(DashboardOperation.TN_DETAILS, Map.of("tn", "9195550148"));
        assertEquals(3, request.segments().size());
        assertEquals("tn_details", request.operation());
    }

    @Test
    void missingTemplateVariableIsRejected() {
        try {
            DashboardRequest.of(DashboardOperation.GET_ORDER, Map.of("accountId", "9900123"));
        } catch (IllegalArgumentException expected) {
            assertEquals("GET_ORDER needs orderId", expected.getMessage());
        }
    }

    @Test
    void rawQueryIsAppendedAfterParameters() {
        URI uri = DashboardRequest.get()
                .account("1000001")
                .path("availableNumbers")
                .query("quantity", 2)
                .rawQuery("enableTNDetail=true")
                .toUri("http://localhost:8089/api/");
        assertEquals("quantity=2&enableTNDetail=true", uri.getQuery());
    }

    @Test
    void nextE911PathIsReady() {
        URI uri = DashboardRequest.get()
                .account("9900123")
                .path(DashboardPaths.E911_ADDRESSES_NEXT)
                .toUri("https://dashboard.bandwidth.com/api/v2");
        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900123/e911Addresses", uri.toString());
    }

    @Test
    void noBodyByDefault() {
        assertNull(DashboardRequest.delete().account("9900123").path("subscriptions", "s-1").body());
    }

    @Test
    void e911Paths() {
        assertEquals("/accounts/9900123/addresses", DashboardPaths.e911Addresses("9900123"));
        assertEquals("/accounts/9900123/addresses/77", DashboardPaths.e911Address("9900123", "77"));
    }

    @Test
    void hostedMessagingPaths() {
        assertEquals("/accounts/9900123/importTnOrders", DashboardPaths.importTnOrders("9900123"));
        assertEquals("/accounts/9900123/removeImportedTnOrders/r-1", DashboardPaths.removeImportedTnOrder("9900123", "r-1"));
        assertEquals("/accounts/9900123/externalTns", DashboardPaths.externalTns("9900123"));
        assertEquals("/accounts/9900123/importTnChecker", DashboardPaths.importTnChecker("9900123"));
    }

    @Test
    void legacyLabOrders() {
        assertEquals("/v1.0/accounts/9900123/orders", DashboardPaths.legacyOrders("9900123"));
    }

    @Test
    void sipPeerTns() {
        assertEquals("/accounts/9900123/sites/4410/sippeers/88120/tns", DashboardPaths.sipPeerTns("9900123", "4410", "88120"));
    }
}
