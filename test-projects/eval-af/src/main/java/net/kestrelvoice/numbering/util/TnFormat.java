package net.kestrelvoice.numbering.util;

import java.util.regex.Pattern;

/**
 * Telephone-number helpers. Internally (billing, dial plan, inventory store) we key numbers
 * by the 10-digit national number.
 */
public final class TnFormat {

    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]");

    private TnFormat() {
    }

    /** Strips punctuation and a leading 1 from whatever the portal user typed. */
    public static String national(String raw) {
        String digits = NON_DIGITS.matcher(raw).replaceAll("");
        if (digits.length() == 11 && digits.startsWith("1")) {
            return digits.substring(1);
        }
        return digits;
    }

    /** Whether a number as stored in the inventory is well-formed. */
    public static boolean isNational(String tn) {
        return tn != null && tn.length() == 10;
    }

    /** (919) 555-0100 style, for e-mails and the portal. */
    public static String pretty(String tn) {
        String n = national(tn);
        return "(" + n.substring(0, 3) + ") " + n.substring(3, 6) + "-" + n.substring(6);
    }
}
