package com.harborline.numbering.util;

import java.util.regex.Pattern;

/**
 * Formatting helpers for numbers typed by tenants in the portal and for the
 * Bandwidth messaging API (which has always wanted E.164).
 */
public final class PhoneNumbers {

    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]");
    private static final Pattern NATIONAL = Pattern.compile("\\d{10}");

    private PhoneNumbers() {
    }

    /** Strips punctuation from what the tenant typed, e.g. "(919) 555-0100". */
    public static String digitsOnly(String input) {
        return input == null ? "" : NON_DIGITS.matcher(input).replaceAll("");
    }

    /** True when the portal input is a complete US number without country code. */
    public static boolean isNationalInput(String input) {
        String digits = digitsOnly(input);
        return digits.length() == 10;
    }

    public static boolean looksNational(String digits) {
        return NATIONAL.matcher(digits).matches();
    }

    /** E.164 for the messaging API, from portal input. */
    public static String toE164(String input) {
        String digits = digitsOnly(input);
        if (digits.length() == 11 && digits.startsWith("1")) {
            return "+" + digits;
        }
        return "+1" + digits;
    }

    /** Pretty form for the portal: (919) 555-0100. */
    public static String pretty(String national) {
        return "(" + national.substring(0, 3) + ") " + national.substring(3, 6) + "-" + national.substring(6);
    }
}
