package com.harborline.numbering.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bandwidth.iris.sdk.IrisClient;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Pins down the URLs the Iris SDK really builds (it replaces the path of the base URI). */
class IrisClientFactoryTest {

    private static BackOfficeProperties props() {
        Properties p = new Properties();
        p.setProperty("iris.accountId", "5004411");
        p.setProperty("iris.username", "svc-numbering");
        p.setProperty("iris.password", "secret");
        p.setProperty("iris.sdk.uri", "https://dashboard.bandwidth.com/api");
        p.setProperty("iris.sdk.version", "v1.0");
        return new BackOfficeProperties(p);
    }

    @Test
    void productionUsesSdkDefaults() throws Exception {
        IrisClient client = new IrisClientFactory(props()).production();
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/5004411/sites",
                client.buildAccountModelUri(new String[] {"sites"}));
    }

    @Test
    void versionIsJustAPathPrefix() throws Exception {
        IrisClient v2 = new IrisClient("https://dashboard.bandwidth.com", "5004411", "u", "p", "api/v2");
        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/5004411/tnoptions",
                v2.buildAccountModelUri(new String[] {"tnoptions"}));
    }
}
