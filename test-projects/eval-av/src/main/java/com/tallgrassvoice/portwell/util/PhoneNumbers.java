package com.tallgrassvoice.portwell.util;

import java.util.regex.Pattern;

/** Formatting helpers for the numbers customers type into the portal. */
public final class PhoneNumbers {

    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    private PhoneNumbers() {
    }

    public static boolean isTenDigit(String s) {
        return s != null && TEN_DIGITS.matcher(s).matches();
    }

    /** (919) 555-0134 */
    public static String display(String tenDigits) {
        return "(" + tenDigits.substring(0, 3) + ") " + tenDigits.substring(3, 6) + "-" + tenDigits.substring(6);
    }

    public static String digitsOnly(String input) {
        return input == null ? "" : input.replaceAll("[^0-9]", "");
    }
}
