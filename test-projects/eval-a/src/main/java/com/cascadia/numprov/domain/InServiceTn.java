package com.cascadia.numprov.domain;

import java.time.Instant;

/**
 * One in-service number of our Bandwidth account, as last seen in the inventory.
 *
 * @param number the telephone number, digits only
 * @param npa    its area code
 * @param seenAt when the inventory sync saw it
 */
public record InServiceTn(long number, String npa, Instant seenAt) {

    public String digits() {
        return Long.toString(number);
    }
}
