package net.larkspurtel.provisioning.http;

import static com.google.common.truth.Truth.assertThat;
import static net.larkspurtel.provisioning.http.DashboardPaths.AVAILABLE_NUMBERS;
import static net.larkspurtel.provisioning.http.DashboardPaths.E911_ADDRESSES;

import org.junit.jupiter.api.Test;

class DashboardUrlBuilderTest {

    private static final String BASE = "https://dashboard.bandwidth.com/api";

    @Test
    void buildsAccountScopedPath() {
        String url = DashboardUrlBuilder.forAccount(BASE, "9900123").segment(E911_ADDRESSES).build().build();
        assertThat(url).isEqualTo("https://dashboard.bandwidth.com/api/accounts/9900123/addresses");
    }

    @Test
    void appendsQueryInInsertionOrder() {
        String url = DashboardUrlBuilder.forAccount(BASE, "9900123")
                .segment(AVAILABLE_NUMBERS)
                .query("areaCode", "919")
                .query("quantity", 5)
                .build().build();
        assertThat(url).isEqualTo(BASE + "/accounts/9900123/availableNumbers?areaCode=919&quantity=5");
    }

    @Test
    void toleratesTrailingSlashOnBase() {
        String url = DashboardUrlBuilder.forAccount("https://dashboard.bandwidth.com/api/", "9900123")
                .segment("orders").build().build();
        assertThat(url).endsWith("/api/accounts/9900123/orders");
    }

    @Test
    void sdkStyleVersionedBase() {
        String url = DashboardUrlBuilder.forAccount("https://dashboard.bandwidth.com/v1.0", "9900123")
                .segments("sites", "4417", "sippeers", "552910", "tns", "9195550148")
                .build().build();
        assertThat(url).isEqualTo("https://dashboard.bandwidth.com/v1.0/accounts/9900123/sites/4417/sippeers/552910/tns/9195550148");
    }

    @Test
    void skipsNullQueryValues() {
        String url = DashboardUrlBuilder.forAccount(BASE, "9900123")
                .segment("inserviceNumbers")
                .query("areaCode", null)
                .build().build();
        assertThat(url).doesNotContain("?");
    }
}
