package net.harborlight.numops.notify;

/**
 * Text snippets for the customer e-mails sent when a number order or port completes.
 */
public final class CustomerMailTemplates {

    public static final String SUPPORT_HOTLINE = "8005550199";

    /** Where our NOC looks at an order by hand. */
    public static final String DASHBOARD_ORDER_PORTAL = "https://dashboard.bandwidth.com/portal/r/orders/";

    /** Old portal link still printed on the legacy east-region invoices. */
    public static final String LEGACY_PORTAL = "https://webui.inetwork.com/report/#orders";

    public static final String FOOTER = """
            Questions? Call Harborlight support at 800-555-0199 (24/7)
            or reply to this e-mail. Reference: %s
            """;

    private CustomerMailTemplates() {
    }

    public static String portCompleted(String customerName, String prettyNumber, String orderRef) {
        return "Hello " + customerName + ",\n\nyour number " + prettyNumber + " now rings at Harborlight.\n\n"
                + FOOTER.formatted(orderRef);
    }
}
