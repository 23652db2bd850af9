package net.northwindtel.provisioning.dashboard;

import java.util.regex.Pattern;

/**
 * Formatting helpers for telephone numbers shown in the customer portal and e-mails.
 */
public final class TnFormats {

    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]");

    private TnFormats() {
    }

    /** Strips punctuation from what a customer typed: "(919) 555-0100" becomes "9195550100". */
    public static String digitsOnly(String input) {
        return input == null ? "" : NON_DIGITS.matcher(input).replaceAll("");
    }

    /** E.164 for NANP numbers, whichever form we got. */
    public static String toE164(String tn) {
        if (tn.startsWith("+")) {
            return tn;
        }
        String digits = digitsOnly(tn);
        return digits.length() == 11 && digits.startsWith("1") ? "+" + digits : "+1" + digits;
    }

    /** Area code of a 10-digit national number. */
    public static String areaCodeOf(String tn) {
        return tn.substring(0, 3);
    }
}
