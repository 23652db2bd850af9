package com.northwind.numbers.domain;

/**
 * Formats what customers type into the storefront forms. Never sees Dashboard data.
 */
public final class PhoneFormatter {

    private PhoneFormatter() {
    }

    public static boolean looksValid(String typed) {
        String digits = typed.replaceAll("[^0-9]", "");
        return digits.length() == 10 || (digits.length() == 11 && digits.startsWith("1"));
    }

    /** (919) 555-1234 style, for e-mails and PDFs. */
    public static String display(String typed) {
        String digits = typed.replaceAll("[^0-9]", "");
        if (digits.length() == 11) {
            digits = digits.substring(1);
        }
        return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
    }

    public static String toE164(String typed) {
        String digits = typed.replaceAll("[^0-9]", "");
        return digits.length() == 11 ? "+" + digits : "+1" + digits;
    }

    /** Shown in the footer of every customer e-mail. */
    public static final String SUPPORT_LINE = display("8885550147");
}
