package net.northwindtel.provisioning.config;

import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.ArrayList;
import java.util.List;

@Data
@ConfigurationProperties(prefix = "provisioning")
public class ProvisioningProperties {

    /** ISO 3166 alpha-3 country used when a search does not name one. */
    private String defaultCountry = "USA";

    /** Area codes we keep a warm pool of numbers in. */
    private List<Integer> warmPoolAreaCodes = new ArrayList<>();

    /** Minimum number of spare numbers per warm-pool area code. */
    private int warmPoolMinimum = 25;

    /** Area code whose shortage pages the on-call engineer. */
    private int priorityAreaCode = 919;

    private Sandbox sandbox = new Sandbox();

    private Features features = new Features();

    @Data
    public static class Sandbox {
        private List<String> smokeTns = new ArrayList<>();
        private boolean runOnStartup;
    }

    @Data
    public static class Features {
        private boolean externalTnsEnabled = true;
        private boolean hostedMessagingEnabled = true;
        private boolean e911SyncEnabled;
    }
}
