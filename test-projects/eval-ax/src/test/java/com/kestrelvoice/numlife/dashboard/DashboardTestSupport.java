package com.kestrelvoice.numlife.dashboard;

import com.kestrelvoice.numlife.config.DashboardProperties;

final class DashboardTestSupport {

    static final String ACCOUNT_ID = "9900123";
    static final String BASE_URL = "https://dashboard.bandwidth.com/api";
    static final String TEST_BASE_URL = "https://test.dashboard.bandwidth.com/api";

    private DashboardTestSupport() {
    }

    static DashboardProperties properties(String baseUrl) {
        DashboardProperties properties = new DashboardProperties();
        properties.getApi().setBaseUrl(baseUrl);
        properties.getApi().setAccountId(ACCOUNT_ID);
        properties.getApi().setUsername("numlife-svc");
        properties.getApi().setPassword("secret");
        properties.getDefaults().setSiteId("38211");
        properties.getDefaults().setSipPeerId("562114");
        properties.getCallbacks().setPublicUrl("https://numbers.kestrelvoice.com/callbacks/dashboard/orders");
        return properties;
    }
}
