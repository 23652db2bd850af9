package net.northvale.voice.provisioning.config;

import java.util.List;

/**
 * Values the NOC agreed on and that rarely change. Anything environment specific belongs in
 * microprofile-config.properties instead.
 */
public final class ProvisioningDefaults {

    /** Bench numbers kept in service in the Denver lab for the nightly smoke order. */
    public static final List<String> LAB_TNS = List.of("3035550142", "7205550188");

    /** Number the synthetic monitor looks up every five minutes. */
    public static final String SMOKE_TEST_TN = "9705550123";

    /** Shown to customers in activation e-mails ("call us at ..."). */
    public static final String NOC_CALLBACK_NUMBER = "3035550100";

    /** Prefix of our own customer order ids, e.g. NV-5102004455-17. */
    public static final String ORDER_ID_PREFIX = "NV-";

    /** Shown greyed-out in the portal's number field until the customer types one. */
    public static final String PLACEHOLDER_TN = "1234567890";

    public static final int DEFAULT_SEARCH_QUANTITY = 10;

    /** Page size meaning "everything"; the Dashboard caps it server-side. */
    public static final int PAGE_SIZE_ALL = 2147483647;
    public static final int MAX_TNS_PER_ORDER = 5000;

    /** Dashboard orders older than this are considered stuck (epoch seconds of the 2025 cut-over). */
    public static final long ORDER_HISTORY_CUTOFF_EPOCH = 1735689600L;

    /** Upper bound for a downloaded report file, in bytes. */
    public static final long MAX_REPORT_BYTES = 2684354560L;

    public static final String LOA_AUTHORIZING_PERSON = "Northvale Cablecom NOC";

    private ProvisioningDefaults() {
    }
}
