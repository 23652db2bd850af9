package net.kestrelcable.provisioning.config;

import com.bandwidth.iris.sdk.IrisClient;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The Iris SDK is only used by {@code legacy.IrisPortingAdapter}; everything new goes through RestClient.
 */
@Configuration(proxyBeanMethods = false)
public class IrisSdkConfig {

    private static final Logger log = LoggerFactory.getLogger(IrisSdkConfig.class);

    @Bean
    @Profile("!lab")
    public IrisClient irisClient(SdkProperties sdk, DashboardProperties dashboard) {
        log.info("Iris SDK client for account {} at {} ({})", dashboard.accountId(), sdk.uri(), sdk.version());
        return new IrisClient(sdk.uri(), dashboard.accountId(), dashboard.username(), dashboard.password(),
                sdk.version());
    }

    /**
     * The lab account still uses the SDK defaults.
     */
    @Bean
    @Profile("lab")
    public IrisClient labIrisClient(DashboardProperties dashboard) {
        return new IrisClient(dashboard.accountId(), dashboard.username(), dashboard.password());
    }
}
