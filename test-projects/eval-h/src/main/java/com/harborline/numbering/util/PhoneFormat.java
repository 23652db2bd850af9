package com.harborline.numbering.util;

import java.util.regex.Pattern;

/**
 * Formatting of numbers typed by customers in the self-service portal and on invoices.
 * Input here is whatever a person typed ("(919) 555-0100", "919.555.0100", "+1 919 555 0100").
 */
public final class PhoneFormat {

    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]");

    private PhoneFormat() {
    }

    public static String digitsOnly(String typed) {
        return NON_DIGITS.matcher(typed).replaceAll("");
    }

    /** Portal input to E.164; US only, the portal does not sell elsewhere. */
    public static String toE164(String typed) {
        String digits = digitsOnly(typed);
        if (digits.length() == 11 && digits.startsWith("1")) {
            return "+" + digits;
        }
        if (digits.length() == 10) {
            return "+1" + digits;
        }
        throw new IllegalArgumentException("not a US number: " + typed);
    }

    /** "(919) 555-0100" for invoices and e-mails. */
    public static String forDisplay(String typed) {
        String digits = digitsOnly(typed);
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        if (digits.length() != 10) {
            return typed;
        }
        return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
    }
}
