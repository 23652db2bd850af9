package net.northwindtel.provisioning.config;

import lombok.Getter;
import lombok.Setter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Endpoints of the other Bandwidth products this service talks to (they are not the Dashboard API).
 */
@Getter
@Setter
@ConfigurationProperties(prefix = "bandwidth")
public class BandwidthApisProperties {

    private Messaging messaging = new Messaging();
    private Voice voice = new Voice();
    private Mfa mfa = new Mfa();
    private Lookup lookup = new Lookup();

    @Getter
    @Setter
    public static class Messaging {
        private String baseUrl = "https://messaging.bandwidth.com/api/v2";
        private String applicationId;
        private String userId;
        private String apiToken;
        private String apiSecret;
    }

    @Getter
    @Setter
    public static class Voice {
        private String baseUrl = "https://voice.bandwidth.com/api/v2";
        private String accountId;
    }

    @Getter
    @Setter
    public static class Mfa {
        private String baseUrl = "https://mfa.bandwidth.com/api/v1";
        private String applicationId;
    }

    @Getter
    @Setter
    public static class Lookup {
        private String baseUrl = "https://api.bandwidth.com/v2";
        private String tollFreeBaseUrl = "https://api.bandwidth.com/api/v2";
    }
}
