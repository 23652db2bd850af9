package io.kestrelvoice.numbering.dashboard.util;

/**
 * Small helpers for North American numbers as we store them (10 digits, no punctuation).
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    public static String digits(String raw) {
        return raw == null ? "" : raw.replaceAll("[^0-9]", "");
    }

    /** Strips punctuation and a leading country code 1: "+1 (919) 555-0100" -> "9195550100". */
    public static String toNational(String raw) {
        String d = digits(raw);
        return d.length() == 11 && d.charAt(0) == '1' ? d.substring(1) : d;
    }

    public static String toE164(String raw) {
        return "+1" + toNational(raw);
    }

    /** NPA of a stored number. */
    public static String areaCode(String tn) {
        return tn.substring(0, 3);
    }

    public static String pretty(String tn) {
        String n = toNational(tn);
        return "(" + n.substring(0, 3) + ") " + n.substring(3, 6) + "-" + n.substring(6);
    }
}
