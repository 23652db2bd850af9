package io.northstarvoice.toolkit;

import io.northstarvoice.toolkit.config.ToolkitConfig;

import java.util.Properties;

/** Config objects for unit tests; nothing here is read from the environment files. */
public final class TestConfigs {

    public static final String ACCOUNT = "9900012";

    private TestConfigs() {
    }

    public static ToolkitConfig sandbox() {
        Properties props = new Properties();
        props.setProperty("iris.baseUrl", "https://test.dashboard.bandwidth.com/api");
        props.setProperty("iris.accountId", ACCOUNT);
        props.setProperty("iris.siteId", "461");
        props.setProperty("iris.sipPeerId", "303716");
        props.setProperty("callback.url", "https://hooks.test.northstarvoice.io/iris/notifications");
        return ToolkitConfig.of(props);
    }
}
