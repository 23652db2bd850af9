package com.acme.numbers.legacy;

/** Paths of the Dashboard API, from the Java client this service replaced. */
public final class LegacyIrisPaths {
    public static final String SITES = "/sites";
    public static final String EXTERNAL_TNS = "/externalTns";

    private LegacyIrisPaths() {
    }
}
