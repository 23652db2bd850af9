package net.pinecrest.numbertool.dashboard;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URI templates of the Dashboard resources the toolkit uses, relative to the configured base URL.
 * Used by {@code pnt raw} and by the request recorder in the tests.
 */
public enum DashboardEndpoint {

    AVAILABLE_NUMBERS("GET", "/accounts/{accountId}/availableNumbers"),
    INSERVICE_NUMBERS("GET", "/accounts/{accountId}/inserviceNumbers?areacode={areaCode}&page={page}&size={size}"),
    ORDERS("POST", "/accounts/{accountId}/orders"),
    ORDER("GET", "/accounts/{accountId}/orders/{orderId}"),
    E911_ADDRESSES("GET", "/accounts/{accountId}/addresses"),
    E911_ADDRESS("GET", "/accounts/{accountId}/addresses/{addressId}"),
    IMPORT_TN_CHECKER("POST", "/accounts/{accountId}/importTnChecker"),
    IMPORT_TN_ORDERS("POST", "/accounts/{accountId}/importTnOrders"),
    IMPORT_TN_ORDER_HISTORY("GET", "/accounts/{accountId}/importTnOrders/{orderId}/history"),
    REMOVE_IMPORTED_TN_ORDERS("POST", "/accounts/{accountId}/removeImportedTnOrders"),
    EXTERNAL_TNS("POST", "/accounts/{accountId}/externalTns"),
    SIPPEER_TN("PUT", "/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}"),
    TN_OPTIONS("POST", "/accounts/{accountId}/tnoptions"),
    SUBSCRIPTIONS("POST", "/accounts/{accountId}/subscriptions"),
    REPORT_INSTANCES("POST", "/accounts/{accountId}/reports/{reportId}/instances"),
    REPORT_INSTANCE_FILE("GET", "/accounts/{accountId}/reports/{reportId}/instances/{instanceId}/file");

    private static final Pattern VAR = Pattern.compile("\\{(\\w+)}");

    private final String method;
    private final String template;

    DashboardEndpoint(String method, String template) {
        this.method = method;
        this.template = template;
    }

    public String method() {
        return method;
    }

    public String template() {
        return template;
    }

    /** Expands the template; unknown variables are left in place so that mistakes are visible. */
    public String expand(Map<String, String> vars) {
        Matcher m = VAR.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = vars.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v != null ? v : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    public String url(String base, Map<String, String> vars) {
        return base + expand(vars);
    }
}
