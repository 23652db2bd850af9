package com.cobaltline.numbering.util;

/**
 * Formatting for what people type into the portal and what we print on invoices.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** Strips everything but digits: "(919) 555-0100" becomes "9195550100". */
    public static String digits(String input) {
        return input == null ? "" : input.replaceAll("\\D", "");
    }

    /** "9195550100" becomes "(919) 555-0100"; anything else is returned unchanged. */
    public static String display(String digits) {
        if (digits.length() != 10) {
            return digits;
        }
        return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
    }

    /** User input to E.164, assuming North America when no country code is given. */
    public static String toE164(String input) {
        String d = digits(input);
        if (d.length() == 10) {
            return "+1" + d;
        }
        if (d.length() == 11 && d.startsWith("1")) {
            return "+" + d;
        }
        return input.startsWith("+") ? "+" + d : d;
    }
}
