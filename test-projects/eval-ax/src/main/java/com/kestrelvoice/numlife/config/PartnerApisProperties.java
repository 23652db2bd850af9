package com.kestrelvoice.numlife.config;

import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The other Bandwidth products and third parties the service talks to.
 */
@Data
@ConfigurationProperties(prefix = "kestrel.partners")
public class PartnerApisProperties {

    private Messaging messaging = new Messaging();
    private Voice voice = new Voice();
    private Mfa mfa = new Mfa();
    private Catapult catapult = new Catapult();
    private Lookup lookup = new Lookup();
    private Analytics analytics = new Analytics();

    @Data
    public static class Messaging {
        private String baseUrl = "https://messaging.bandwidth.com/api/v2";
        private String applicationId;
        private String username;
        private String password;
    }

    @Data
    public static class Voice {
        private String baseUrl = "https://voice.bandwidth.com/api/v2";
        private String applicationId;
    }

    @Data
    public static class Mfa {
        private String baseUrl = "https://mfa.bandwidth.com/api/v1";
        private String messagingApplicationId;
        private String voiceApplicationId;
    }

    @Data
    public static class Catapult {
        private String baseUrl = "https://api.catapult.inetwork.com/v1";
        private String userId;
        private String token;
        private String secret;
    }

    @Data
    public static class Lookup {
        private String baseUrl = "https://api.bandwidth.com/v2";
        private String tollFreeBaseUrl = "https://api.bandwidth.com/api/v2";
    }

    @Data
    public static class Analytics {
        private String endpoint;
        private String tenant;
        private String apiKey;
        private String apiSecret;
    }
}
