package net.northwind.porting.iris;

import java.util.Map;

/** Account-level resources of the numbers API, as path templates relative to the API base. */
public enum IrisResource {

    AVAILABLE_NUMBERS("/accounts/{accountId}/availableNumbers"),
    AVAILABLE_NPA_NXX("/accounts/{accountId}/availableNpaNxx"),
    INSERVICE_NUMBERS("/accounts/{accountId}/inserviceNumbers"),
    E911_ADDRESSES("/accounts/{accountId}/addresses"),
    E911_ADDRESS("/accounts/{accountId}/addresses/{addressId}"),
    IMPORT_TN_ORDERS("/accounts/{accountId}/importTnOrders"),
    IMPORT_TN_ORDER_HISTORY("/accounts/{accountId}/importTnOrders/{orderId}/history"),
    REMOVE_IMPORTED_TN_ORDERS("/accounts/{accountId}/removeImportedTnOrders"),
    IMPORT_TN_CHECKER("/accounts/{accountId}/importTnChecker"),
    VOICE_IMPORT_TN_ORDERS("/accounts/{accountId}/importTnOrders/voice"),
    EXTERNAL_TNS("/accounts/{accountId}/sites/{siteId}/sippeers/{peerId}/externalTns"),
    SIPPEER_TN("/accounts/{accountId}/sites/{siteId}/sippeers/{peerId}/tns/{tn}"),
    TN_OPTIONS("/accounts/{accountId}/tnoptions"),
    SUBSCRIPTIONS("/accounts/{accountId}/subscriptions"),
    REPORT_INSTANCES("/accounts/{accountId}/reports/{reportId}/instances"),
    PORT_INS("/accounts/{accountId}/portins");

    private final String template;

    IrisResource(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }

    public String expand(String accountId) {
        return expand(Map.of("accountId", accountId));
    }

    public String expand(Map<String, String> vars) {
        String out = template;
        for (Map.Entry<String, String> e : vars.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        if (out.contains("{")) {
            throw new IllegalArgumentException("unbound variable in " + out);
        }
        return out;
    }
}
