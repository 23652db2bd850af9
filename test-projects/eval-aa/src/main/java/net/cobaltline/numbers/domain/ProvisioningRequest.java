package net.cobaltline.numbers.domain;

import java.util.List;

/**
 * Body of {@code POST /v1/orders} on our public provisioning API. Customers either name the
 * numbers they picked from a search, or ask for a quantity in an area code.
 */
public record ProvisioningRequest(
        String customerId,
        int areaCode,
        int quantity,
        List<String> telephoneNumbers,
        String reference) {

    public boolean isAreaCodeOrder() {
        return telephoneNumbers == null || telephoneNumbers.isEmpty();
    }

    public List<String> validate() {
        List<String> errors = new java.util.ArrayList<>();
        if (customerId == null || customerId.isBlank()) {
            errors.add("customerId is required");
        }
        if (isAreaCodeOrder()) {
            if (areaCode < 200 || areaCode > 999) {
                errors.add("areaCode must be a three-digit NANP area code");
            }
            if (quantity < 1 || quantity > 100) {
                errors.add("quantity must be between 1 and 100");
            }
        } else if (telephoneNumbers.size() > 100) {
            errors.add("at most 100 numbers per order");
        }
        return errors;
    }
}
