package com.lumenline.provisioning.util;

/**
 * Phone number normalisation. Accepts national (10-digit), 11-digit and E.164 input.
 *
 * <p>New code should pass E.164 around and convert only at the edges; see ADR-017.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** Strips punctuation: "(919) 555-0100" becomes "9195550100", "+1 919..." keeps its plus. */
    public static String digits(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isDigit(c) || (c == '+' && sb.length() == 0)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Any NANP spelling to E.164. */
    public static String toE164(String raw) {
        String d = digits(raw);
        if (d == null || d.isEmpty()) {
            throw new IllegalArgumentException("Not a phone number: " + raw);
        }
        if (d.startsWith("+")) {
            return d;
        }
        if (d.length() == 10) {
            return "+1" + d;
        }
        if (d.length() == 11 && d.charAt(0) == '1') {
            return "+" + d;
        }
        throw new IllegalArgumentException("Not a NANP number: " + raw);
    }

    /** Any NANP spelling to the 10-digit national form our store uses as key. */
    public static String toNational(String raw) {
        String e164 = toE164(raw);
        if (!e164.startsWith("+1") || e164.length() != 12) {
            throw new IllegalArgumentException("Not a NANP number: " + raw);
        }
        return e164.substring(2);
    }

    /** Area code (NPA) of a NANP number in any spelling, as a string. */
    public static String areaCode(String raw) {
        return toNational(raw).substring(0, 3);
    }

    public static boolean isE164(String s) {
        return s != null && s.matches("\\+[1-9]\\d{6,14}");
    }
}
