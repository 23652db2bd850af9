package com.kestrelvoice.numlife.config;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings for the Bandwidth Dashboard numbers API, bound from {@code kestrel.dashboard.*}.
 */
@Data
@Validated
@ConfigurationProperties(prefix = "kestrel.dashboard")
public class DashboardProperties {

    private Api api = new Api();
    private Defaults defaults = new Defaults();
    private Paths paths = new Paths();
    private Callbacks callbacks = new Callbacks();

    @Data
    public static class Api {
        /** Base URL used by the RestClient based clients. */
        private String baseUrl = "https://dashboard.bandwidth.com/api";
        /** Host handed to the Iris SDK, the SDK appends its own version path. */
        private String sdkUri = "https://dashboard.bandwidth.com";
        private String sdkVersion = "v1.0";
        @NotBlank
        private String accountId;
        private String username;
        private String password;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(30);
    }

    @Data
    public static class Defaults {
        private String siteId;
        private String sipPeerId;
        private String countryCodeA3 = "USA";
        private List<String> homeAreaCodes = new ArrayList<>();
        private int searchQuantity = 25;
    }

    @Data
    public static class Paths {
        private String inservice;
        private String e911;
        private String importOrders;
        private String externalTns;
        private String smokeCheck;
    }

    @Data
    public static class Callbacks {
        private String publicUrl;
        private String username;
        private String password;
        /** Expiry handed to Dashboard subscriptions, epoch seconds. */
        private long expiry = 3122064000L;
    }
}
