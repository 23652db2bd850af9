package com.bluepinenet.cdrpipeline.config;

import com.bandwidth.iris.sdk.IrisClient;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * Iris SDK clients. The SDK keeps an Apache DefaultHttpClient inside, so one instance per
 * credential set is shared by every job.
 */
@Configuration
public class IrisSdkConfig {

    @Bean
    @Primary
    @Profile("!sandbox & !legacy")
    public IrisClient irisClient(DashboardProperties props) {
        return new IrisClient(props.getAccountId(), props.getUsername(), props.getPassword());
    }

    @Bean
    @Primary
    @Profile("sandbox")
    public IrisClient sandboxIrisClient(DashboardProperties props) {
        return new IrisClient("https://test.dashboard.bandwidth.com", props.getAccountId(), props.getUsername(), props.getPassword(), "v1.0");
    }

    @Bean
    @Primary
    @Profile("legacy")
    public IrisClient legacyIrisClient(@Value("${iris.uri}") String legacyUri, DashboardProperties props) {
        return new IrisClient(legacyUri, props.getAccountId(), props.getUsername(), props.getPassword(), props.getSdkVersion());
    }

    /** Read-only user for the nightly report jobs, so a leaked report password cannot order numbers. */
    @Bean
    @Qualifier("reporting")
    public IrisClient reportingIrisClient(DashboardProperties props,
                                          @Value("${dashboard.reporting.username:}") String user,
                                          @Value("${dashboard.reporting.password:}") String password) {
        return new IrisClient(DashboardEndpoints.PROD_BASE, props.getAccountId(), user, password, "v1.0");
    }
}
