package net.northwindtel.provisioning.config;

import com.bandwidth.iris.sdk.IrisClient;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * Iris SDK clients. The SDK is only used for number searches, orders and the hosted-messaging
 * import orders; everything else goes through the declarative HTTP clients.
 */
@Slf4j
@Configuration
@RequiredArgsConstructor
public class IrisSdkConfig {

    private final DashboardProperties dashboard;

    @Bean
    @Primary
    @Profile("!sandbox")
    public IrisClient irisClient() {
        log.info("Creating Iris SDK client for account {}", dashboard.getAccountId());
        return new IrisClient(dashboard.getAccountId(), dashboard.getUsername(), dashboard.getPassword());
    }

    @Bean
    @Primary
    @Profile("sandbox")
    public IrisClient sandboxIrisClient(@Value("${bandwidth.dashboard.sandbox-uri:https://test.dashboard.bandwidth.com}") String sandboxUri) {
        return new IrisClient(sandboxUri, dashboard.getAccountId(), dashboard.getUsername(),
                dashboard.getPassword(), "v1.0");
    }

    /**
     * Client for the porting sub-account; its version is configurable because the LNP team
     * pins it separately from the rest of the integration.
     */
    @Bean
    @Qualifier("portingIrisClient")
    public IrisClient portingIrisClient(@Value("${bandwidth.dashboard.porting-account-id}") String portingAccountId) {
        return new IrisClient("https://dashboard.bandwidth.com", portingAccountId,
                dashboard.getUsername(), dashboard.getPassword(), dashboard.getSdkVersion());
    }
}
