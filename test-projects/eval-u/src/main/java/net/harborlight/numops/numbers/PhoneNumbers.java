package net.harborlight.numops.numbers;

import java.util.regex.Pattern;

/**
 * Shared phone number helpers. Everything in our own systems is 10-digit NANP.
 */
public final class PhoneNumbers {

    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");
    private static final Pattern NON_DIGITS = Pattern.compile("\\D");

    private PhoneNumbers() {
    }

    public static boolean isTenDigit(String tn) {
        return tn != null && TEN_DIGITS.matcher(tn).matches();
    }

    /** Area code (NPA) of a 10-digit number. */
    public static String npa(String tn) {
        return tn.substring(0, 3);
    }

    /** Strips formatting from what customers type: "(919) 555-0100" becomes "9195550100". */
    public static String digitsOnly(String input) {
        String digits = NON_DIGITS.matcher(input).replaceAll("");
        return digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
    }
}
