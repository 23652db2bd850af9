package io.northstarvoice.toolkit.iris;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Named Dashboard routes with {placeholder} templates, expanded per call. */
public enum IrisEndpoint {
    E911_ADDRESS("/accounts/{accountId}/addresses/{addressId}"),
    IMPORT_ORDER("/accounts/{accountId}/importTnOrders/{orderId}"),
    IMPORT_ORDER_HISTORY("/accounts/{accountId}/importTnOrders/{orderId}/history"),
    REMOVE_IMPORTED_ORDER("/accounts/{accountId}/removeImportedTnOrders/{orderId}"),
    IMPORT_ORDERS_VOICE("/accounts/{accountId}/importTnOrders/voice"),
    EXTERNAL_TNS("/accounts/{accountId}/externalTns"),
    EXTERNAL_TNS_ORDER("/accounts/{accountId}/externalTns/{orderId}"),
    PORT_IN("/accounts/{accountId}/portins/{orderId}"),
    TN_DETAILS("/tns/{tn}/tndetails"),
    AVAILABLE_NPA_NXX("/accounts/{accountId}/availableNpaNxx");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final String template;

    IrisEndpoint(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }

    public String expand(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException(name() + " needs " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
