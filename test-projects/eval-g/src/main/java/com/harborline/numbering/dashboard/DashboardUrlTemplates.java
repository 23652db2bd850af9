package com.harborline.numbering.dashboard;

import java.text.MessageFormat;

/**
 * MessageFormat templates inherited from the old com.bandwidth.sdk:numbers client.
 * {0} is always the base URL (harborline.dashboard.base-url), {1} the account id.
 */
public final class DashboardUrlTemplates {

    static final String AVAILABLE_BY_AREA_CODE =
            "{0}/accounts/{1}/availableNumbers?areaCode={2}&quantity={3}";

    static final String AVAILABLE_BY_ZIP =
            "{0}/accounts/{1}/availableNumbers?zip={2}&quantity={3}";

    static final String NPA_NXX_BY_AREA_CODE =
            "{0}/accounts/{1}/availableNpaNxx?areaCode={2}";

    static final String DISCONNECTS = "{0}/accounts/{1}/disconnects";

    private DashboardUrlTemplates() {
    }

    public static String availableByAreaCode(String base, String accountId, String areaCode, int quantity) {
        return MessageFormat.format(AVAILABLE_BY_AREA_CODE, base, accountId, areaCode, String.valueOf(quantity));
    }

    public static String availableByZip(String base, String accountId, String zip, int quantity) {
        return MessageFormat.format(AVAILABLE_BY_ZIP, base, accountId, zip, String.valueOf(quantity));
    }

    public static String npaNxxByAreaCode(String base, String accountId, String areaCode) {
        return MessageFormat.format(NPA_NXX_BY_AREA_CODE, base, accountId, areaCode);
    }

    public static String disconnects(String base, String accountId) {
        return MessageFormat.format(DISCONNECTS, base, accountId);
    }
}
