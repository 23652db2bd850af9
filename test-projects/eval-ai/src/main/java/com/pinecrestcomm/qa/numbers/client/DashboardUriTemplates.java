package com.pinecrestcomm.qa.numbers.client;

import java.text.MessageFormat;

/**
 * String templates ported from the old {@code com.bandwidth.sdk:numbers} client, still used by
 * the shell-script generators and a couple of jobs that do not run inside Spring.
 */
public final class DashboardUriTemplates {

    public static final String DEFAULT_BASE_URL = "https://dashboard.bandwidth.com/api";

    private DashboardUriTemplates() {
    }

    public static String availableNumbers(String baseUrl, String account) {
        return MessageFormat.format("{0}/accounts/{1}/availableNumbers", baseUrl, account);
    }

    public static String e911Address(String baseUrl, String account, String addressId) {
        return MessageFormat.format("{0}/accounts/{1}/addresses/{2}", baseUrl, account, addressId);
    }

    public static String inserviceByAreaCode(String baseUrl, String account, String areaCode) {
        return MessageFormat.format("{0}/accounts/{1}/inserviceNumbers?areacode={2}", baseUrl, account, areaCode);
    }

    public static String importOrderLoas(String baseUrl, String account, String orderId) {
        return MessageFormat.format("{0}/accounts/{1}/importTnOrders/{2}/loas", baseUrl, account, orderId);
    }

    public static String tnDetails(String baseUrl, String tn) {
        return MessageFormat.format("{0}/tns/{1}/tndetails", baseUrl, tn);
    }

    public static String curl(String method, String url) {
        return "curl -X " + method + " '" + url + "' -u \"$IRIS_USER:$IRIS_PASSWORD\" -H 'Content-Type: application/xml'";
    }
}
