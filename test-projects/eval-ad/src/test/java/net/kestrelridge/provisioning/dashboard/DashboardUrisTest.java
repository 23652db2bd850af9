package net.kestrelridge.provisioning.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardUrisTest {

    private final DashboardUris uris = new DashboardUris("https://dashboard.bandwidth.com/api/", "9900417");

    @Test
    void dropsTrailingSlashOfBaseUrl() {
        assertThat(uris.baseUrl()).isEqualTo("https://dashboard.bandwidth.com/api");
    }

    @Test
    void buildsAccountScopedUris() {
        assertThat(uris.account("addresses", "ADDR-1"))
                .hasToString("https://dashboard.bandwidth.com/api/accounts/9900417/addresses/ADDR-1");
    }

    @Test
    void addsQueryParameters() {
        URI uri = uris.account(Map.of("areaCode", "919"), "availableNumbers");

        assertThat(uri.getQuery()).isEqualTo("areaCode=919");
    }

    @Test
    void keepsAV2BaseAsItIs() {
        DashboardUris v2 = new DashboardUris("https://dashboard.bandwidth.com/api/v2", "9900417");

        assertThat(v2.account("e911Addresses"))
                .hasToString("https://dashboard.bandwidth.com/api/v2/accounts/9900417/e911Addresses");
    }
}
