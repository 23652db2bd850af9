package com.lumenwave.provisioning.domain;

/** Service address a customer registered in the Lumenwave portal. */
public record CustomerAddress(String id, String accountId, String line1, String city, String state, String zip) {
}
