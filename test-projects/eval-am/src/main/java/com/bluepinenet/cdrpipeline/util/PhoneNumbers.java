package com.bluepinenet.cdrpipeline.util;

/**
 * Number normalisation used by every stage of the pipeline. Internally we key everything by the
 * 10-digit national number (NPA-NXX-XXXX); the switches sometimes prepend a 1, humans add
 * punctuation, some vendors send E.164.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** "+1 (919) 555-0123", "19195550123" and "919.555.0123" all become "9195550123". */
    public static String toNational(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("number is null");
        }
        String digits = raw.replaceAll("[^0-9]", "");
        if (digits.length() == 11 && digits.charAt(0) == '1') {
            digits = digits.substring(1);
        }
        if (digits.length() != 10) {
            throw new IllegalArgumentException("Not a NANP number: " + raw);
        }
        return digits;
    }

    public static String toE164(String raw) {
        return "+1" + toNational(raw);
    }

    public static String npa(String raw) {
        return toNational(raw).substring(0, 3);
    }

    public static String nxx(String raw) {
        return toNational(raw).substring(3, 6);
    }

    public static boolean isNanp(String raw) {
        try {
            String n = toNational(raw);
            return n.charAt(0) >= '2' && n.charAt(3) >= '2';
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** For log lines and the ops UI: (919) 555-0123. */
    public static String pretty(String raw) {
        String n = toNational(raw);
        return "(" + n.substring(0, 3) + ") " + n.substring(3, 6) + "-" + n.substring(6);
    }
}
