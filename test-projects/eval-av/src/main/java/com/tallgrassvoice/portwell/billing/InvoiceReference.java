package com.tallgrassvoice.portwell.billing;

/**
 * Invoice references are yyyyMMdd plus a two-digit run number, e.g. 2024110731. Billing also uses
 * them as the customer order id of the Dashboard orders they trigger.
 */
public final class InvoiceReference {

    /** First reference of the current billing system. */
    public static final long FIRST = 2024110731L;

    /** Largest attachment the invoice mailer accepts, in bytes. */
    public static final long MAX_ATTACHMENT_BYTES = 5368709120L;

    private InvoiceReference() {
    }

    public static String year(String ref) {
        return ref.substring(0, 4);
    }

    public static String run(String ref) {
        return ref.substring(8, 10);
    }

    public static boolean isValid(String ref) {
        return ref.length() == 10 && Long.parseLong(ref) >= FIRST;
    }
}
