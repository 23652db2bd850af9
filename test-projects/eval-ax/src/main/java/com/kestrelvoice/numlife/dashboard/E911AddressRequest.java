package com.kestrelvoice.numlife.dashboard;

import lombok.Builder;
import lombok.NonNull;
import lombok.Value;

/**
 * Addresses one E911 address resource, or the collection when no id is set.
 */
@Value
@Builder
public class E911AddressRequest {

    @NonNull
    String accountId;
    String addressId;
    boolean suggestions;

    public String toPath() {
        String path = "/accounts/" + accountId + "/addresses" + (addressId == null ? "" : "/" + addressId);
        return suggestions ? path + "?suggestedAddresses=true" : path;
    }
}
