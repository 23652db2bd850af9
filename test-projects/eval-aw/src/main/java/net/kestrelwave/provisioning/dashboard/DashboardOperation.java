package net.kestrelwave.provisioning.dashboard;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every Dashboard call the facade makes, with its path template. The metric tag is the enum name in
 * lower case, so dashboards in Grafana keep working when a path changes.
 */
public enum DashboardOperation {

    SEARCH_AVAILABLE_NUMBERS("GET", "/accounts/{accountId}/availableNumbers"),
    AVAILABLE_NPA_NXX("GET", "/accounts/{accountId}/availableNpaNxx"),
    LIST_INSERVICE_NUMBERS("GET", "/accounts/{accountId}/inserviceNumbers"),
    SITE_INSERVICE_NUMBERS("GET", "/accounts/{accountId}/sites/{siteId}/inserviceNumbers"),
    CREATE_ORDER("POST", "/accounts/{accountId}/orders"),
    GET_ORDER("GET", "/accounts/{accountId}/orders/{orderId}"),
    LIST_E911_ADDRESSES("GET", "/accounts/{accountId}/addresses"),
    GET_E911_ADDRESS("GET", "/accounts/{accountId}/addresses/{addressId}"),
    CHECK_IMPORTABILITY("POST", "/accounts/{accountId}/importTnChecker"),
    CREATE_IMPORT_TN_ORDER("POST", "/accounts/{accountId}/importTnOrders"),
    IMPORT_TN_ORDER_HISTORY("GET", "/accounts/{accountId}/importTnOrders/{orderId}/history"),
    CREATE_REMOVE_IMPORTED_TN_ORDER("POST", "/accounts/{accountId}/removeImportedTnOrders"),
    CREATE_EXTERNAL_TNS_ORDER("POST", "/accounts/{accountId}/externalTns"),
    UPDATE_SIPPEER_TN("PUT", "/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}"),
    CREATE_TN_OPTION_ORDER("POST", "/accounts/{accountId}/tnoptions"),
    CREATE_SUBSCRIPTION("POST", "/accounts/{accountId}/subscriptions"),
    CREATE_REPORT_INSTANCE("POST", "/accounts/{accountId}/reports/{reportId}/instances"),
    GET_REPORT_INSTANCE_FILE("GET", "/accounts/{accountId}/reports/{reportId}/instances/{instanceId}/file"),
    TN_DETAILS("GET", "/tns/{tn}/tndetails");

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");

    private final String method;
    private final String template;

    DashboardOperation(String method, String template) {
        this.method = method;
        this.template = template;
    }

    public String method() {
        return method;
    }

    public String template() {
        return template;
    }

    public String metricTag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String expand(Map<String, String> variables) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = variables.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException(name() + " needs " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
