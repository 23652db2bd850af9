package com.pinecrestcomm.qa.numbers.support;

import com.pinecrestcomm.qa.numbers.config.CredentialsProvider;
import com.pinecrestcomm.qa.numbers.config.EnvironmentConfigLoader;

import java.util.Properties;

/**
 * The environment the smoke tests run against ({@code -Dqa.env=test|prod}).
 */
public final class TestEnv {

    private static TestEnv current;

    private final Properties props;
    private final CredentialsProvider credentials;

    private TestEnv(Properties props) {
        this.props = props;
        this.credentials = CredentialsProvider.fromEnvironment();
    }

    public static synchronized TestEnv current() {
        if (current == null) {
            current = new TestEnv(EnvironmentConfigLoader.load());
        }
        return current;
    }

    public String baseUri() {
        return EnvironmentConfigLoader.require(props, "iris.base-url");
    }

    public String accountId() {
        return EnvironmentConfigLoader.require(props, "iris.account-id");
    }

    public String siteId() {
        return EnvironmentConfigLoader.require(props, "iris.site-id");
    }

    public String sipPeerId() {
        return EnvironmentConfigLoader.require(props, "iris.sip-peer-id");
    }

    public String messagingApplicationId() {
        return props.getProperty("messaging.application-id", "");
    }

    public String user() {
        return credentials.username();
    }

    public String password() {
        return credentials.password();
    }
}
