package net.larkspurtel.provisioning.config;

import com.google.gson.annotations.SerializedName;

/** Shape of {@code runtime-config.json}, shipped with every function. */
public class RuntimeConfig {

    @SerializedName("dashboard")
    public Dashboard dashboard = new Dashboard();

    @SerializedName("legacyIris")
    public LegacyIris legacyIris = new LegacyIris();

    @SerializedName("messaging")
    public Messaging messaging = new Messaging();

    @SerializedName("numberLookup")
    public Endpoint numberLookup = new Endpoint();

    @SerializedName("reports")
    public Reports reports = new Reports();

    public static class Dashboard {
        public String baseUrl;
        public String accountId;
        public String siteId;
        public String sipPeerId;
        public int timeoutSeconds = 30;
        public int pageSize = 500;
    }

    public static class LegacyIris {
        public String uri;
        public String version;
    }

    public static class Messaging {
        public String baseUrl;
        public String applicationId;
        public String from;
    }

    public static class Endpoint {
        public String baseUrl;
    }

    public static class Reports {
        public String bucket;
        public String inventoryReportId;
        public String portalLink;
    }
}
