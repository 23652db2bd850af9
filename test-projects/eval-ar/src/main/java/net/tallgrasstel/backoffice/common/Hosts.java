package net.tallgrasstel.backoffice.common;

/**
 * Hosts of the carrier partners the back office talks to.
 *
 * <p>Product-specific paths live next to the clients that use them; only the roots are here.
 */
public final class Hosts {

    /** Bandwidth Dashboard: number ordering, porting, E911, hosted messaging. */
    public static final String DASHBOARD = "https://dashboard.bandwidth.com/api";

    /** Dashboard sandbox, used by the nightly smoke job. */
    public static final String DASHBOARD_SANDBOX = "https://test.dashboard.bandwidth.com/api";

    /** Bare Dashboard host for the Iris SDK, which adds the version path itself. */
    public static final String DASHBOARD_HOST = "https://dashboard.bandwidth.com";

    /** Old porting desk scripts still post here; kept until the desk is retired. */
    public static final String LEGACY_INETWORK = "https://api.inetwork.com/v1.0";

    /** Self-service portal, linked from the ops runbook emails. */
    public static final String PORTAL = "https://webui.inetwork.com/";

    /** Our own back-office service (customer lines, porting requests). */
    public static final String BACKOFFICE = "https://backoffice.tallgrasstel.net/api";

    private Hosts() {
    }
}
