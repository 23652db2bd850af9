package net.korvalink.edge.util;

import java.util.regex.Pattern;

/** Formatting helpers for North American numbers shown to people. */
public final class PhoneNumbers {

    private static final Pattern NANP = Pattern.compile("[2-9]\\d{2}[2-9]\\d{6}");

    private PhoneNumbers() {
    }

    public static boolean isNanp(String tenDigits) {
        return tenDigits != null && NANP.matcher(tenDigits).matches();
    }

    public static String toE164(String tenDigits) {
        if (!isNanp(tenDigits)) {
            throw new IllegalArgumentException("Not a NANP number: " + tenDigits);
        }
        return "+1" + tenDigits;
    }

    /** (919) 555-0100 for operator output. */
    public static String pretty(String tenDigits) {
        return "(" + tenDigits.substring(0, 3) + ") " + tenDigits.substring(3, 6) + "-" + tenDigits.substring(6);
    }
}
