package net.korvalink.edge.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

import com.bandwidth.iris.sdk.IrisClient;

@Configuration
public class IrisSdkConfig {

    @Bean
    @Primary
    @Profile("!sandbox")
    public IrisClient irisClient(DashboardProperties props) {
        return new IrisClient(props.getAccountId(), props.getUsername(), props.getPassword());
    }

    /** Sandbox account: the URI and SDK version come from application-sandbox.yml. */
    @Bean
    @Primary
    @Profile("sandbox")
    public IrisClient sandboxIrisClient(DashboardProperties props) {
        return new IrisClient(props.getSdkUri(), props.getAccountId(), props.getUsername(),
                props.getPassword(), props.getSdkVersion());
    }

    /** Read-only reporting user, kept apart so its password can rotate on its own schedule. */
    @Bean("reportingIrisClient")
    public IrisClient reportingIrisClient(DashboardProperties props,
            @org.springframework.beans.factory.annotation.Value("${korvalink.dashboard.reporting-user:noc-reports}") String user,
            @org.springframework.beans.factory.annotation.Value("${korvalink.dashboard.reporting-password:}") String password) {
        return new IrisClient(props.getSdkUri(), props.getAccountId(), user, password, "v1.0");
    }
}
