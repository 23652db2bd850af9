package net.cobaltline.numbers.config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.GetParameterRequest;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;

/**
 * Reads non-secret settings from SSM Parameter Store under {@code /tnprov/<stage>/}.
 * Values are cached for the life of the container.
 */
public class ParameterStoreConfig {

    static final String LEGACY_BASE_URL_FALLBACK = "https://dashboard.bandwidth.com/v1.0";

    private final SsmClient ssm;
    private final String prefix;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public ParameterStoreConfig(SsmClient ssm, String stage) {
        this.ssm = ssm;
        this.prefix = "/tnprov/" + stage + "/";
    }

    public static ParameterStoreConfig fromEnvironment() {
        return new ParameterStoreConfig(AwsClients.ssm(), EnvConfig.stage());
    }

    public String get(String name, String fallback) {
        return cache.computeIfAbsent(name, n -> fetch(n, fallback));
    }

    private String fetch(String name, String fallback) {
        try {
            return ssm.getParameter(GetParameterRequest.builder()
                            .name(prefix + name)
                            .withDecryption(true)
                            .build())
                    .parameter()
                    .value();
        } catch (ParameterNotFoundException e) {
            return fallback;
        }
    }

    public String accountId() {
        return get("dashboard/account-id", null);
    }

    public String siteId() {
        return get("dashboard/site-id", null);
    }

    public String sipPeerId() {
        return get("dashboard/sip-peer-id", null);
    }

    /** The reseller accounts still go through the old SDK host until their contracts move. */
    public String resellerBaseUrl() {
        return get("dashboard/reseller-base-url", LEGACY_BASE_URL_FALLBACK);
    }

    public String inventoryReportId() {
        return get("reports/inventory-report-id", "243");
    }
}
