package io.northstarvoice.toolkit.util;

/** Helpers for North American numbers as they arrive from customers (with dashes, spaces, +1 ...). */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** "(919) 555-0100", "+1 919 555 0100" and "19195550100" all become "9195550100". */
    public static String tenDigit(String raw) {
        String digits = raw.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        if (digits.length() != 10) {
            throw new IllegalArgumentException("not a NANP number: " + raw);
        }
        return digits;
    }

    /** Display form used in CSV exports and e-mails: 919-555-0100. */
    public static String pretty(String tenDigit) {
        return tenDigit.substring(0, 3) + "-" + tenDigit.substring(3, 6) + "-" + tenDigit.substring(6);
    }
}
