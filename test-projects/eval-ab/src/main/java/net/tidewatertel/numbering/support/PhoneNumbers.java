package net.tidewatertel.numbering.support;

/**
 * Small helpers for North American numbers as our own systems store them (10 digits).
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** Strips punctuation typed by people: "(757) 555-0100" becomes "7575550100". */
    public static String digits(String input) {
        return input == null ? "" : input.replaceAll("[^0-9]", "");
    }

    public static String npa(String tn) {
        return tn.substring(0, 3);
    }

    /** "7575550100" -> "(757) 555-0100". */
    public static String display(String tn) {
        if (tn == null || tn.length() != 10) {
            return tn;
        }
        return "(" + tn.substring(0, 3) + ") " + tn.substring(3, 6) + "-" + tn.substring(6);
    }

    /** For APIs that want E.164 (messaging, voice, lookup). */
    public static String toE164(String tn) {
        String d = digits(tn);
        return d.length() == 11 && d.startsWith("1") ? "+" + d : "+1" + d;
    }
}
