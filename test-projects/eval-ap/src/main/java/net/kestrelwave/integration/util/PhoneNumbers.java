package net.kestrelwave.integration.util;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formatting helpers for North American numbers as our OSS and billing store them.
 */
public final class PhoneNumbers {

    private static final Pattern NANP = Pattern.compile("^\\+?1?([2-9][0-8]\\d[2-9]\\d{6})$");

    private PhoneNumbers() {
    }

    public static String digits(String raw) {
        return raw == null ? "" : raw.replaceAll("[^0-9]", "");
    }

    /** 10-digit national form, e.g. for the OSS and the billing export. */
    public static String toNational(String raw) {
        Matcher m = NANP.matcher(digits(raw));
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a NANP number: " + raw);
        }
        return m.group(1);
    }

    public static String toE164(String raw) {
        return "+1" + toNational(raw);
    }

    public static String areaCodeOf(String national) {
        return national.substring(0, 3);
    }

    public static String pretty(String raw) {
        String n = toNational(raw);
        return "(" + n.substring(0, 3) + ") " + n.substring(3, 6) + "-" + n.substring(6);
    }
}
