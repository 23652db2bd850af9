package com.lumenwave.provisioning.config;

import com.bandwidth.iris.sdk.IrisClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Iris SDK clients. The SDK is used for searches, orders, TN details and the
 * hosted-messaging import job; everything else goes through the Spring HTTP clients
 * configured in {@link HttpClientsConfig}.
 */
@Configuration
public class IrisClientConfig {

    @Bean
    @Primary
    public IrisClient irisClient(IrisProperties props) {
        return new IrisClient(props.accountId(), props.username(), props.password());
    }

    /**
     * Client for the hosted-messaging import job. It was pinned separately because the
     * import endpoints were only ever certified against https://dashboard.bandwidth.com/v1.0
     * in the sandbox account.
     */
    @Bean
    public IrisClient hostedMessagingIrisClient(IrisProperties props) {
        return new IrisClient(props.baseUrl(), props.accountId(), props.username(), props.password(), "v1.0");
    }

    @Bean
    public IrisClient reportingIrisClient(IrisProperties props,
                                          @Value("${iris.sdk.version:v1.0}") String apiVersion) {
        return new IrisClient(props.baseUrl(), props.accountId(), props.username(), props.password(), apiVersion);
    }
}
