package net.kestreltel.portdesk.util;

/** Helpers for phone numbers typed by agents. */
public final class TnNormalizer {

    private TnNormalizer() {
    }

    /** Strips punctuation and a leading country code: "+1 (919) 555-1234" -> "9195551234". */
    public static String toTenDigits(String raw) {
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
        return "+1" + toTenDigits(raw);
    }

    public static boolean sameNumber(String a, String b) {
        return toTenDigits(a).equals(toTenDigits(b));
    }
}
