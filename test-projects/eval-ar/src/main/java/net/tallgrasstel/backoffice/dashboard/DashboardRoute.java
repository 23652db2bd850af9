package net.tallgrasstel.backoffice.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Dashboard resources we call without the SDK. Templates are relative to the API base and use
 * {name} placeholders, expanded by {@link Expander}.
 */
public enum DashboardRoute {

    SITES("/accounts/{accountId}/sites"),
    SIP_PEER_TN("/accounts/{accountId}/sites/{siteId}/sippeers/{peerId}/tns/{tn}"),
    ORDERS("/accounts/{accountId}/orders"),
    ORDER("/accounts/{accountId}/orders/{orderId}"),
    PORT_INS("/accounts/{accountId}/portins"),
    PORT_IN("/accounts/{accountId}/portins/{orderId}"),
    LNP_CHECKER("/accounts/{accountId}/lnpchecker?fullCheck=true"),
    E911_ADDRESSES("/accounts/{accountId}/addresses"),
    E911_ADDRESS("/accounts/{accountId}/addresses/{addressId}"),
    IMPORT_TN_ORDERS("/accounts/{accountId}/importTnOrders"),
    IMPORT_TN_ORDER_HISTORY("/accounts/{accountId}/importTnOrders/{orderId}/history"),
    REMOVE_IMPORTED_TN_ORDERS("/accounts/{accountId}/removeImportedTnOrders"),
    IMPORT_TN_CHECKER("/accounts/{accountId}/importTnChecker"),
    EXTERNAL_TNS("/accounts/{accountId}/externalTns"),
    AVAILABLE_NUMBERS_BY_AREA_CODE("/accounts/{accountId}/availableNumbers?areaCode={areaCode}&quantity={quantity}"),
    AVAILABLE_NUMBERS_BY_ZIP("/accounts/{accountId}/availableNumbers?zip={zip}&quantity={quantity}"),
    INSERVICE_BY_AREA_CODE("/accounts/{accountId}/inserviceNumbers?countryCodeA3=USA&areaCode={areaCode}"),
    TN_OPTIONS("/accounts/{accountId}/tnoptions"),
    SUBSCRIPTIONS("/accounts/{accountId}/subscriptions"),
    REPORT_INSTANCES("/accounts/{accountId}/reports/{reportId}/instances"),
    TN_DETAILS("/tns/{tn}/tndetails");

    private final String template;

    DashboardRoute(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }

    public boolean hasQuery() {
        return template.indexOf('?') >= 0;
    }

    /** Turns a route into a URL for the configured account. */
    public static final class Expander {

        private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

        private final String baseUrl;
        private final String accountId;

        public Expander(String baseUrl, String accountId) {
            this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
            this.accountId = accountId;
        }

        public String expand(DashboardRoute route, Map<String, String> vars) {
            Map<String, String> all = new HashMap<>(vars);
            all.putIfAbsent("accountId", accountId);
            Matcher m = PLACEHOLDER.matcher(route.template());
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = all.get(m.group(1));
                if (value == null) {
                    throw new IllegalArgumentException(route + " needs {" + m.group(1) + "}");
                }
                m.appendReplacement(out, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            }
            m.appendTail(out);
            return out.toString();
        }

        public HttpUrl url(DashboardRoute route, Map<String, String> vars) {
            return HttpUrl.get(baseUrl + expand(route, vars));
        }

        public HttpUrl url(DashboardRoute route) {
            return url(route, Map.of());
        }
    }
}
