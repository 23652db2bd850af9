package io.github.irismigrate.analysis;

/** Which API a URL text is addressed to. */
public enum ApiTarget {
    /** dashboard.bandwidth.com or test.dashboard.bandwidth.com: the Dashboard (Iris) API. */
    DASHBOARD,
    /** api.inetwork.com or api.test.inetwork.com: legacy hosts of the same API. */
    DASHBOARD_LEGACY,
    /** Bandwidth's other APIs (messaging, voice, MFA, lookup, toll-free, Catapult, the web portal). */
    OTHER_BANDWIDTH,
    /** Any other host: the customer's own servers, third parties, localhost. */
    FOREIGN,
    /** The text carries no host: a path appended to a base URL elsewhere. */
    UNKNOWN;

    public boolean isDashboard() {
        return this == DASHBOARD || this == DASHBOARD_LEGACY;
    }

    /** A host that is not the Dashboard's: another Bandwidth API, or any other host. */
    public boolean isElsewhere() {
        return this == OTHER_BANDWIDTH || this == FOREIGN;
    }
}
