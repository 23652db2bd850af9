package net.cobaltline.numbers.util;

import java.util.regex.Pattern;

/**
 * Normalisation of the numbers customers send us. Customers type numbers in every format;
 * internally we keep the national ten-digit form.
 */
public final class Tn {

    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]");
    private static final Pattern NANP = Pattern.compile("[2-9][0-8][0-9][2-9][0-9]{6}");

    private Tn() {
    }

    public static String digits(String raw) {
        return raw == null ? "" : NON_DIGITS.matcher(raw).replaceAll("");
    }

    /** "(919) 555-0142", "+1 919 555 0142", "919.555.0142" all become "9195550142". */
    public static String national(String raw) {
        String d = digits(raw);
        if (d.length() == 11 && d.charAt(0) == '1') {
            return d.substring(1);
        }
        return d;
    }

    public static boolean isValidNanp(String raw) {
        return NANP.matcher(national(raw)).matches();
    }

    public static String e164(String raw) {
        return "+1" + national(raw);
    }

    public static String npa(String tn) {
        return tn.substring(0, 3);
    }
}
