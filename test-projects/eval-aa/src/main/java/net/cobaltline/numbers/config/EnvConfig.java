package net.cobaltline.numbers.config;

import java.util.Optional;

/**
 * Environment variables set by the SAM template. Every Lambda in this module reads its
 * settings through here so that defaults live in one place.
 */
public final class EnvConfig {

    public static final String DEFAULT_DASHBOARD_URL = "https://dashboard.bandwidth.com/api";
    public static final String DEFAULT_MESSAGING_URL = "https://messaging.bandwidth.com/api/v2";
    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_STAGE = "dev";

    private EnvConfig() {
    }

    static String env(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name))
                .filter(v -> !v.isBlank())
                .orElse(fallback);
    }

    public static String stage() {
        return env("STAGE", DEFAULT_STAGE);
    }

    public static String region() {
        return env("AWS_REGION", DEFAULT_REGION);
    }

    public static String dashboardBaseUrl() {
        return env("DASHBOARD_BASE_URL", DEFAULT_DASHBOARD_URL);
    }

    public static String messagingBaseUrl() {
        return env("MESSAGING_BASE_URL", DEFAULT_MESSAGING_URL);
    }

    public static String ordersTable() {
        return env("ORDERS_TABLE", "tnprov-" + stage() + "-orders");
    }

    public static String numbersTable() {
        return env("NUMBERS_TABLE", "tnprov-" + stage() + "-numbers");
    }

    public static String reportBucket() {
        return env("REPORT_BUCKET", "cobaltline-tnprov-reports-" + stage());
    }

    public static String orderQueueUrl() {
        return env("ORDER_QUEUE_URL", "");
    }

    public static String credentialsSecretId() {
        return env("DASHBOARD_SECRET_ID", "tnprov/" + stage() + "/dashboard");
    }

    public static boolean useTnOptionsForSms() {
        return Boolean.parseBoolean(env("SMS_VIA_TN_OPTIONS", "false"));
    }
}
