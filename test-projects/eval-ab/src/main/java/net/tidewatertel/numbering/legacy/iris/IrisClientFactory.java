package net.tidewatertel.numbering.legacy.iris;

import java.io.IOException;

import com.bandwidth.iris.sdk.IrisClient;

import org.apache.commons.configuration.ConfigurationException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * Iris SDK clients for the porting desk and the older batch jobs.
 */
@Configuration
public class IrisClientFactory {

    @Bean
    LegacyIrisSettings legacyIrisSettings() throws ConfigurationException, IOException {
        return LegacyIrisSettings.load("legacy-iris.xml");
    }

    /** Default client: the SDK's built-in production URL. */
    @Bean
    @Primary
    IrisClient irisClient(LegacyIrisSettings s) {
        return new IrisClient(s.getAccountId(), s.getUsername(), s.getPassword());
    }

    /** Porting desk: host and version come from legacy-iris.xml. */
    @Bean
    @Qualifier("porting")
    IrisClient portingIrisClient(LegacyIrisSettings s) {
        return new IrisClient(s.getUri(), s.getAccountId(), s.getUsername(), s.getPassword(), s.getVersion());
    }

    @Bean
    @Qualifier("reporting")
    IrisClient reportingIrisClient(LegacyIrisSettings s) {
        return new IrisClient("https://dashboard.bandwidth.com/api", s.getAccountId(), s.getUsername(), s.getPassword(), "v1.0");
    }

    @Bean
    @Profile("lab")
    @Qualifier("lab")
    IrisClient labIrisClient(LegacyIrisSettings s) {
        return new IrisClient(s.getLabUri(), s.getAccountId(), s.getUsername(), s.getPassword(), "v1.0");
    }

    /**
     * Raw-route client for what the SDK cannot address (import orders on the messaging route).
     * IrisClient replaces the URI's path, so the version argument carries "api/v2".
     */
    @Bean
    @Qualifier("v2")
    IrisClient v2IrisClient(LegacyIrisSettings s) {
        return new IrisClient("https://dashboard.bandwidth.com", s.getAccountId(), s.getUsername(), s.getPassword(), "api/v2");
    }
}
