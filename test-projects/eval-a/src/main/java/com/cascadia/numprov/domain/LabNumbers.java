package com.cascadia.numprov.domain;

import java.util.List;

/** Numbers the NOC keeps on the account for end-to-end tests of ordering and routing. */
public final class LabNumbers {

    private LabNumbers() {
    }

    /** Canary used by the hourly routing check. */
    public static final String CANARY_TN = "9195550199";

    /** Numbers re-enabled for SMS after every lab reset. */
    public static final List<String> SMS_LAB_TNS = List.of(
            "9195550151",
            "9195550152",
            "+12065550153");

    /** The NOC's own desk line; printed on tickets, never provisioned. */
    public static final String NOC_DESK_PHONE = "8005550100";
}
