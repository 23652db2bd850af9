package com.pinecrestcomm.qa.numbers.model;

/**
 * Routing row of our SMS gateway: which number goes to which tenant. Keys are in the format the
 * gateway has always used.
 */
public record TnRouting(String tenDigitNumber, String tenantId, boolean smsEnabled) {

    public TnRouting {
        if (tenDigitNumber == null || !tenDigitNumber.matches("\\d{10}")) {
            throw new IllegalArgumentException("routing key must be 10 digits: " + tenDigitNumber);
        }
    }
}
