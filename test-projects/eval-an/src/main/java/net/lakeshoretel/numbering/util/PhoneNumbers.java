package net.lakeshoretel.numbering.util;

import java.util.regex.Pattern;

/** Number formatting helpers for our own systems (OSS, billing, subscriber contact numbers). */
public final class PhoneNumbers {

    private static final Pattern NATIONAL = Pattern.compile("\\d{10}");

    private PhoneNumbers() {
    }

    /** Strips punctuation: "(616) 555-0142" becomes "6165550142". */
    public static String digits(String raw) {
        return raw == null ? "" : raw.replaceAll("\\D", "");
    }

    public static boolean isNational(String raw) {
        return NATIONAL.matcher(digits(raw)).matches();
    }

    /** National or 1-prefixed number of the OSS to E.164. */
    public static String toE164(String raw) {
        String digits = digits(raw);
        if (digits.length() == 11 && digits.startsWith("1")) {
            return "+" + digits;
        }
        if (digits.length() == 10) {
            return "+1" + digits;
        }
        throw new IllegalArgumentException("not a NANP number: " + raw);
    }

    /** Area code of a national number, as the billing system stores it. */
    public static int areaCodeOf(String national) {
        return Integer.parseInt(digits(national).substring(0, 3));
    }
}
