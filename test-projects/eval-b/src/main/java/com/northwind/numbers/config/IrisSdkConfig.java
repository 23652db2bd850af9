package com.northwind.numbers.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

import com.bandwidth.iris.sdk.IrisClient;

/**
 * Iris Java SDK clients. Production uses the SDK defaults (Bandwidth's hosted Dashboard),
 * sandbox points at the test Dashboard.
 */
@Configuration
public class IrisSdkConfig {

    @Bean
    @Primary
    public IrisClient irisClient(IrisProperties props) {
        return new IrisClient(props.getAccountId(), props.getUsername(), props.getPassword());
    }

    @Bean
    @Profile("sandbox")
    public IrisClient sandboxIrisClient(IrisProperties props) {
        return new IrisClient("https://test.dashboard.bandwidth.com/api", props.getAccountId(),
                props.getUsername(), props.getPassword(), "v1.0");
    }

    @Bean
    @Profile("configurable")
    public IrisClient configuredIrisClient(IrisProperties props) {
        return new IrisClient(props.getBaseUrl(), props.getAccountId(),
                props.getUsername(), props.getPassword(), props.getSdkVersion());
    }

    /** Disaster-recovery path kept from the inetwork days; only enabled by ops. */
    @Bean
    @Profile("legacy-dr")
    public IrisClient legacyIrisClient(@Value("${iris.legacy.uri:https://api.inetwork.com/v1.0}") String legacyUri,
                                       IrisProperties props) {
        return new IrisClient(legacyUri, props.getAccountId(), props.getUsername(), props.getPassword(), "v1.0");
    }
}
