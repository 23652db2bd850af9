package net.cedarline.numberdesk.config;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Root of application.yml. Nested blocks use public fields, Jackson binds them directly. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class AppConfig {

    public Server server = new Server();
    public DashboardSettings dashboard = new DashboardSettings();
    public Iris iris = new Iris();
    public Messaging messaging = new Messaging();
    public Metrics metrics = new Metrics();
    public Jobs jobs = new Jobs();
    public String databaseUrl = "jdbc:h2:mem:numberdesk;DB_CLOSE_DELAY=-1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Server {
        public int port = 7070;
        public String uiTitle = "NumberDesk";
    }

    /** Settings for the flows that still go through the Iris SDK. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Iris {
        public boolean enabled = true;
        public String uri;
        public String version;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Messaging {
        public String baseUrl;
        public String voiceBaseUrl;
        public String applicationId;
        public String accountId;
        public String fromNumber;
        public String apiToken;
        public String apiSecret;
        public List<String> onCall = new ArrayList<>();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Metrics {
        public String tenant;
        public String user;
        public String apiKey;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Jobs {
        public String reconciliationCron = "0 15 2 * * ?";
        public String reportCron = "0 0 4 * * ?";
        public String subscriptionRefreshCron = "0 30 5 ? * MON";
        public String staleOrderCron = "0 0/30 * * * ?";
        public String inventoryReportId;
        public List<String> areaCodes = new ArrayList<>();
    }
}
