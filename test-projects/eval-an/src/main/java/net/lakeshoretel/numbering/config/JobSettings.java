package net.lakeshoretel.numbering.config;

import org.apache.flink.api.java.utils.ParameterTool;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Immutable view of the job parameters, shipped to every operator. */
public final class JobSettings implements Serializable {

    private static final long serialVersionUID = 3L;

    /** Ports that take longer than 30 days are escalated to the LNP desk. */
    private static final long DEFAULT_MAX_PORT_WINDOW_MS = 2592000000L;

    private String dashboardBaseUrl;
    private String dashboardHost;
    private String accountId;
    private String username;
    private String password;
    private String siteId;
    private String sipPeerId;
    private String inventoryReportId;
    private String e911AddressesPath;
    private String legacyProvisioningUrl;
    private String callbackUrl;
    private String messagingBaseUrl;
    private String messagingApplicationId;
    private String notifyFromNumber;
    private String voiceBaseUrl;
    private String nocPagerNumber;
    private String provisioningBaseUrl;
    private Set<Integer> homeAreaCodes;
    private long asyncTimeoutMs;
    private int asyncCapacity;
    private long maxPortWindowMs;
    private long reportPollIntervalMs;

    private JobSettings() {
    }

    public static JobSettings from(ParameterTool p) {
        JobSettings s = new JobSettings();
        s.dashboardBaseUrl = p.get("dashboard.base-url", DashboardConstants.PROD_BASE_URL);
        s.dashboardHost = p.get("dashboard.host", "https://dashboard.bandwidth.com");
        s.accountId = p.getRequired("dashboard.account-id");
        s.username = p.getRequired("dashboard.username");
        s.password = p.getRequired("dashboard.password");
        s.siteId = p.get("dashboard.site-id", "4312");
        s.sipPeerId = p.get("dashboard.sippeer-id", "611820");
        s.inventoryReportId = p.get("dashboard.inventory-report-id", "218");
        s.e911AddressesPath = p.get("dashboard.e911-addresses-path");
        s.legacyProvisioningUrl = p.get("provisioning.legacy-url", "https://api.inetwork.com/v1.0/accounts/");
        s.callbackUrl = p.get("dashboard.callback-url", "https://hooks.lakeshoretel.net/dashboard/notifications");
        s.messagingBaseUrl = p.get("messaging.base-url", "https://messaging.bandwidth.com/api/v2");
        s.messagingApplicationId = p.get("messaging.application-id", "");
        s.notifyFromNumber = p.get("messaging.from-number", "+16165550100");
        s.voiceBaseUrl = p.get("voice.base-url", "https://voice.bandwidth.com/api/v2");
        s.nocPagerNumber = p.get("noc.pager-number", "");
        s.provisioningBaseUrl = p.get("provisioning.base-url", "https://provisioning.lakeshoretel.net/api/");
        s.homeAreaCodes = Arrays.stream(p.get("coverage.home-area-codes", "616,269,231").split(","))
                .map(String::trim)
                .map(Integer::valueOf)
                .collect(Collectors.toUnmodifiableSet());
        s.asyncTimeoutMs = p.getLong("async.timeout-ms", 5_000L);
        s.asyncCapacity = p.getInt("async.capacity", 100);
        s.maxPortWindowMs = p.getLong("porting.max-window-ms", DEFAULT_MAX_PORT_WINDOW_MS);
        s.reportPollIntervalMs = p.getLong("report.poll-interval-ms", 900_000L);
        return s;
    }

    public String dashboardBaseUrl() {
        return dashboardBaseUrl;
    }

    public String dashboardHost() {
        return dashboardHost;
    }

    public String accountId() {
        return accountId;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String siteId() {
        return siteId;
    }

    public String sipPeerId() {
        return sipPeerId;
    }

    public String inventoryReportId() {
        return inventoryReportId;
    }

    public String e911AddressesPath() {
        return e911AddressesPath;
    }

    public String legacyProvisioningUrl() {
        return legacyProvisioningUrl;
    }

    public String callbackUrl() {
        return callbackUrl;
    }

    public String messagingBaseUrl() {
        return messagingBaseUrl;
    }

    public String messagingApplicationId() {
        return messagingApplicationId;
    }

    public String notifyFromNumber() {
        return notifyFromNumber;
    }

    public String voiceBaseUrl() {
        return voiceBaseUrl;
    }

    public String nocPagerNumber() {
        return nocPagerNumber;
    }

    public String provisioningBaseUrl() {
        return provisioningBaseUrl;
    }

    public Set<Integer> homeAreaCodes() {
        return homeAreaCodes;
    }

    public long asyncTimeoutMs() {
        return asyncTimeoutMs;
    }

    public int asyncCapacity() {
        return asyncCapacity;
    }

    public long maxPortWindowMs() {
        return maxPortWindowMs;
    }

    public long reportPollIntervalMs() {
        return reportPollIntervalMs;
    }
}
