package com.lumenline.provisioning.config;

import com.bandwidth.iris.sdk.IrisClient;
import com.lumenline.provisioning.constants.IrisConstants;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * Iris SDK clients. The SDK builds every path itself from the uri and version given here.
 */
@Configuration
public class IrisClientConfig {

    /** Production client; the three-argument constructor targets the production Dashboard. */
    @Bean
    @Primary
    public IrisClient irisClient(DashboardProperties props) {
        return new IrisClient(props.accountId(), props.username(), props.password());
    }

    /** Client against the Dashboard test environment, used by the sandbox seeding job. */
    @Bean
    @Profile("sandbox")
    @Qualifier("sandboxIrisClient")
    public IrisClient sandboxIrisClient(DashboardProperties props) {
        return new IrisClient(IrisConstants.DASHBOARD_SANDBOX_URL, props.accountId(),
                props.username(), props.password(), "v1.0");
    }

    /** Client used by the reporting jobs; version comes from configuration. */
    @Bean
    @Qualifier("reportingIrisClient")
    public IrisClient reportingIrisClient(DashboardProperties props) {
        return new IrisClient(props.baseUrl(), props.accountId(), props.username(), props.password(),
                props.sdkVersion());
    }

    /** TN option orders were moved to v2 in PROV-1184. */
    @Bean
    @Qualifier("v2IrisClient")
    public IrisClient v2IrisClient(DashboardProperties props) {
        return new IrisClient(IrisConstants.DASHBOARD_HOST, props.accountId(), props.username(),
                props.password(), "api/v2");
    }
}
