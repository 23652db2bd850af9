package net.harbourline.numberdesk.util;

/** Formatting of numbers for e-mails and the sales portal. */
public final class PhoneFormatter {

    private PhoneFormatter() {
    }

    /** 9195550100 becomes (919) 555-0100; anything else is returned unchanged. */
    public static String display(String digits) {
        if (digits == null) {
            return "";
        }
        String d = digits.replaceAll("\\D", "");
        if (d.length() == 11 && d.startsWith("1")) {
            d = d.substring(1);
        }
        if (d.length() != 10) {
            return digits;
        }
        return "(" + d.substring(0, 3) + ") " + d.substring(3, 6) + "-" + d.substring(6);
    }

    /** Strips the punctuation users type in the portal forms. */
    public static String digitsOnly(String input) {
        return input == null ? "" : input.replaceAll("[^0-9]", "");
    }
}
