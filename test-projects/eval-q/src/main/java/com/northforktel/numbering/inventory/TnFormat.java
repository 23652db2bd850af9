package com.northforktel.numbering.inventory;

/**
 * Formatting helpers for numbers shown to customers and in SMS texts.
 */
public final class TnFormat {

    private TnFormat() {
    }

    /** {@code 9195550123} as {@code (919) 555-0123}. */
    public static String toDisplay(String tn) {
        return String.format("(%s) %s-%s", tn.substring(0, 3), tn.substring(3, 6), tn.substring(6));
    }

    public static String toE164(String tn) {
        return tn.startsWith("+") ? tn : "+1" + tn;
    }

    public static String national(String e164) {
        return e164.startsWith("+1") ? e164.substring(2) : e164;
    }
}
