package net.tidewaterconnect.numbering.config;

import com.bandwidth.iris.sdk.IrisClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

@Configuration(proxyBeanMethods = false)
public class IrisSdkConfig {

    @Bean
    @Primary
    IrisClient irisClient(DashboardProperties props) {
        return new IrisClient(props.accountId(), props.username(), props.password());
    }

    @Bean
    @Profile("lab")
    IrisClient labIrisClient(DashboardProperties props) {
        return new IrisClient("https://test.dashboard.bandwidth.com", props.accountId(), props.username(), props.password(), "v1.0");
    }
}
