package net.lumivox.numbering.util;

/**
 * Formatting of the numbers customers type in the self-care portal.
 */
public final class PhoneFormatter {

    private PhoneFormatter() {
    }

    public static String digitsOnly(String input) {
        String digits = input.replaceAll("\\D", "");
        return digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
    }

    public static boolean isNational(String digits) {
        return digits.length() == 10;
    }

    public static String display(String digits) {
        if (!isNational(digits)) {
            return digits;
        }
        return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
    }

    public static String toE164(String digits) {
        return "+1" + digits;
    }
}
