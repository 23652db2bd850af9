package io.kestrelvoice.numbering.provisioning.config;

import com.bandwidth.iris.sdk.IrisClient;
import io.kestrelvoice.numbering.dashboard.DashboardProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * Iris SDK clients. The default client shares credentials with the raw Dashboard client; porting
 * runs under a separate API user so its orders show up separately in the Dashboard audit log.
 */
@Configuration(proxyBeanMethods = false)
public class IrisSdkConfiguration {

    @Bean
    @Primary
    @Profile("!sandbox")
    public IrisClient irisClient(DashboardProperties dashboard) {
        return new IrisClient(dashboard.getAccountId(), dashboard.getUsername(), dashboard.getPassword());
    }

    @Bean
    @Primary
    @Profile("sandbox")
    public IrisClient sandboxIrisClient(IrisSdkProperties iris) {
        return new IrisClient(iris.getUri(), iris.getAccountId(), iris.getUsername(), iris.getPassword(), "v1.0");
    }

    @Bean
    @Qualifier("porting")
    public IrisClient portingIrisClient(IrisSdkProperties iris) {
        return new IrisClient(iris.getUri(), iris.getAccountId(), iris.getUsername(), iris.getPassword(),
                iris.getVersion());
    }

    /** E911 moved to the new API first (see NUM-1184). */
    @Bean
    @Qualifier("emergency")
    public IrisClient emergencyIrisClient(DashboardProperties dashboard) {
        return new IrisClient("https://dashboard.bandwidth.com", dashboard.getAccountId(),
                dashboard.getUsername(), dashboard.getPassword(), "api/v2");
    }

    /**
     * Settings for the Iris SDK clients (porting and the sandbox profile use their own account).
     */
    @ConfigurationProperties(prefix = "kestrel.iris")
    public static class IrisSdkProperties {

        private String uri;
        private String version;
        private String accountId;
        private String username;
        private String password;

        public String getUri() {
            return uri;
        }

        public void setUri(String uri) {
            this.uri = uri;
        }

        public String getVersion() {
            return version;
        }

        public void setVersion(String version) {
            this.version = version;
        }

        public String getAccountId() {
            return accountId;
        }

        public void setAccountId(String accountId) {
            this.accountId = accountId;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }
}
