package net.kestrelwave.numops.util;

/** Helpers for numbers typed by people on the command line and for our own exports. */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** "(919) 555-0123", "1-919-555-0123" and "9195550123" all become "9195550123". */
    public static String normalizeInput(String raw) {
        String digits = raw.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.charAt(0) == '1') {
            digits = digits.substring(1);
        }
        if (digits.length() != 10) {
            throw new IllegalArgumentException("Not a North American number: " + raw);
        }
        return digits;
    }

    public static String toNational(String tn) {
        return "(" + tn.substring(0, 3) + ") " + tn.substring(3, 6) + "-" + tn.substring(6);
    }
}
