package com.harborline.porting.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.harborline.porting.config.DashboardProperties;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IrisClientFactoryTest {

    private static DashboardProperties props() {
        DashboardProperties p = new DashboardProperties();
        p.setAccountId("9900123");
        p.setUsername("u");
        p.setPassword("p");
        return p;
    }

    @Test
    void defaultClientTargetsDashboard() throws Exception {
        IrisClient client = new IrisClientFactory().irisClient(props());
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/orders",
                client.buildAccountModelUri(new String[]{"orders"}));
    }

    @Test
    void v2ClientTargetsApiV2() throws Exception {
        IrisClient client = new IrisClientFactory().v2IrisClient(props());
        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900123/orders",
                client.buildAccountModelUri(new String[]{"orders"}));
    }

    @Test
    void legacyConstructorStillWorks() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com/api", "9900123", "u", "p", "v1.0");
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/inserviceNumbers",
                client.buildAccountModelUri(new String[]{"inserviceNumbers"}));
    }
}
