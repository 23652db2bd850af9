package net.cedarline.numberdesk.util;

/**
 * Helpers for the North American numbers we carry. Everything in the local store is
 * kept as the bare 10-digit national number (NPA-NXX-XXXX without punctuation).
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** Strips punctuation and a leading country code 1, e.g. "(919) 555-0100" -> "9195550100". */
    public static String toNational(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = raw.replaceAll("[^0-9]", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        return digits;
    }

    public static String npa(String tn) {
        return tn.substring(0, 3);
    }

    public static String pretty(String tn) {
        String n = toNational(tn);
        if (n == null || n.length() != 10) {
            return tn;
        }
        return "(" + n.substring(0, 3) + ") " + n.substring(3, 6) + "-" + n.substring(6);
    }
}
