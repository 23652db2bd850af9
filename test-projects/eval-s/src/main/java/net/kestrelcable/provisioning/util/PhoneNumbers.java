package net.kestrelcable.provisioning.util;

import java.util.regex.Pattern;

/**
 * Formatting helpers for North American numbers. Input comes from the activation portal, the
 * switch CDRs and the Dashboard, so everything is tolerant of punctuation.
 */
public final class PhoneNumbers {

    private static final Pattern NON_DIGITS = Pattern.compile("\\D");
    private static final Pattern NATIONAL = Pattern.compile("[2-9]\\d{2}[2-9]\\d{6}");

    private PhoneNumbers() {
    }

    public static String digits(String raw) {
        return raw == null ? "" : NON_DIGITS.matcher(raw).replaceAll("");
    }

    /** Accepts 10 digits, 11 digits with a leading 1, or E.164 and returns E.164. */
    public static String toE164(String raw) {
        String d = digits(raw);
        if (d.length() == 10) {
            return "+1" + d;
        }
        if (d.length() == 11 && d.startsWith("1")) {
            return "+" + d;
        }
        throw new IllegalArgumentException("not a NANP number: " + raw);
    }

    /** 10-digit national form; accepts the same inputs as {@link #toE164}. */
    public static String toNational(String raw) {
        return toE164(raw).substring(2);
    }

    public static boolean isNational(String tn) {
        return tn != null && NATIONAL.matcher(tn).matches();
    }

    /** (303) 555-0142 style, for the portal and the e-mails. */
    public static String pretty(String raw) {
        String n = toNational(raw);
        return "(" + n.substring(0, 3) + ") " + n.substring(3, 6) + "-" + n.substring(6);
    }
}
