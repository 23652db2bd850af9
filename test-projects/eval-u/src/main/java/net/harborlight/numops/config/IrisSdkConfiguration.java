package net.harborlight.numops.config;

import com.bandwidth.iris.sdk.IrisClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * Iris SDK clients. Most of the service talks to the Dashboard through the SDK; the raw
 * RestClient / Unirest clients cover the routes the SDK does not know.
 */
@Configuration
public class IrisSdkConfiguration {

    @Bean
    @Primary
    @Profile("!sandbox")
    public IrisClient irisClient(DashboardProperties props) {
        return new IrisClient(props.getAccountId(), props.getUsername(), props.getPassword());
    }

    /**
     * The sandbox account lives on the test host; host and version come from the profile.
     */
    @Bean
    @Profile("sandbox")
    public IrisClient sandboxIrisClient(DashboardProperties props) {
        return new IrisClient(
                props.getHost(),
                props.getAccountId(),
                props.getUsername(),
                props.getPassword(),
                props.getSdkVersion());
    }
}
