package com.acme.supp;

/** Talks to the Dashboard API; v1 calls kept on purpose until the partner cut-over. */
public class LegacyBridge {
    // iris-migrate:ignore BW001 partner sandbox still runs v1 until 2027-03
    static final String BASE = "https://dashboard.bandwidth.com/api";

    String addresses(String id) {
        return BASE + "/accounts/" + id + "/addresses"; // iris-migrate:ignore BW002 migrated with the E911 project, ticket NUM-812
    }

    /* iris-migrate:ignore BW001, BW004 removed together with the importer in NUM-900 */
    String external = "https://dashboard.bandwidth.com/v1.0/accounts/1/externalTns";
}
