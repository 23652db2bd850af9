package net.kestrelridge.provisioning.numbers;

import java.util.regex.Pattern;

/**
 * Helpers for North American numbers as our portal and CRM store them (10 digits, no punctuation).
 */
public final class PhoneNumbers {

    private static final Pattern NANP = Pattern.compile("[2-9][0-8]\\d[2-9]\\d{6}");
    private static final Pattern NON_DIGITS = Pattern.compile("\\D");

    private PhoneNumbers() {
    }

    public static String digits(String raw) {
        return raw == null ? "" : NON_DIGITS.matcher(raw).replaceAll("");
    }

    /** True for a 10-digit NANP number as typed into the portal (punctuation allowed). */
    public static boolean isValidNanp(String raw) {
        return NANP.matcher(digits(raw)).matches();
    }

    /** 9195550143, 19195550143, (919) 555-0143 and +19195550143 all give +19195550143. */
    public static String toE164(String raw) {
        String d = digits(raw);
        if (d.length() == 10) {
            return "+1" + d;
        }
        if (d.length() == 11 && d.charAt(0) == '1') {
            return "+" + d;
        }
        throw new IllegalArgumentException("not a NANP number: " + raw);
    }

    /** Back to the 10-digit form the CRM keys on; accepts E.164 too. */
    public static String toNational(String raw) {
        String d = digits(raw);
        return d.length() == 11 && d.charAt(0) == '1' ? d.substring(1) : d;
    }

    public static String areaCodeOf(String tn) {
        return digits(tn).substring(0, 3);
    }
}
