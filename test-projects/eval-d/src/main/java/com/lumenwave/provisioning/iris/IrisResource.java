package com.lumenwave.provisioning.iris;

/**
 * Account-level Dashboard collections used by the inventory sync, as
 * {@link String#formatted} templates taking the account id.
 */
public enum IrisResource {
    AVAILABLE_NUMBERS("/accounts/%s/availableNumbers"),
    IN_SERVICE_NUMBERS("/accounts/%s/inserviceNumbers"),
    AVAILABLE_NPA_NXX("/accounts/%s/availableNpaNxx"),
    E911_ADDRESSES("/accounts/%s/addresses"),
    EXTERNAL_TNS("/accounts/%s/externalTns"),
    TN_OPTIONS("/accounts/%s/tnoptions");

    private final String template;

    IrisResource(String template) {
        this.template = template;
    }

    public String path(String accountId) {
        return template.formatted(accountId);
    }

    public static IrisResource forInventory(InventoryKind kind) {
        return switch (kind) {
            case NEW -> AVAILABLE_NUMBERS;
            case IN_SERVICE -> IN_SERVICE_NUMBERS;
            case EXTERNAL -> EXTERNAL_TNS;
        };
    }
}
