package io.kestrelvoice.numbering.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DashboardUrlsTest {

    private final DashboardUrls urls = new DashboardUrls("https://dashboard.bandwidth.com/api/", "9900012");

    @Test
    void stripsTrailingSlashFromBase() {
        assertThat(urls.account()).isEqualTo("https://dashboard.bandwidth.com/api/accounts/9900012");
    }

    @Test
    void addressesHangOffTheAccount() {
        assertThat(urls.addresses()).isEqualTo("https://dashboard.bandwidth.com/api/accounts/9900012/addresses");
        assertThat(urls.address("a-77")).endsWith("/accounts/9900012/addresses/a-77");
    }

    @Test
    void availableNumbersUsesMessageFormat() {
        // MessageFormat would group a numeric account id as 9,900,012 - ours is a String, keep it that way
        assertThat(urls.availableNumbers()).doesNotContain(",");
    }

    @Test
    void reportInstances() {
        assertThat(urls.reportInstances("218")).isEqualTo("https://dashboard.bandwidth.com/api/accounts/9900012/reports/218/instances");
    }

    @Test
    void environmentLookupFallsBackToProduction() {
        assertThat(DashboardEnvironment.fromName("nope").baseUrl()).isEqualTo("https://dashboard.bandwidth.com/api/v2");
    }
}
