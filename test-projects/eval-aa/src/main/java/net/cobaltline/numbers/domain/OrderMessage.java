package net.cobaltline.numbers.domain;

import java.util.List;

/** What the API Lambda puts on the order queue for {@code OrderQueueHandler}. */
public record OrderMessage(
        String orderId,
        String customerId,
        List<String> telephoneNumbers,
        String areaCode,
        int quantity,
        long requestedAt) {

    public boolean byAreaCode() {
        return telephoneNumbers == null || telephoneNumbers.isEmpty();
    }
}
