package com.lumenwave.provisioning.provisioning;

/**
 * A number offered to a customer in the signup flow, mapped from a Dashboard search result.
 */
public record AvailableNumberView(String telephoneNumber, int areaCode, String rateCenter, String state) {
}
