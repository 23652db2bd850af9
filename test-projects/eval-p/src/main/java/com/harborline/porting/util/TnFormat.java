package com.harborline.porting.util;

/**
 * Helpers for telephone numbers typed in by agents on the self-care portal.
 */
public final class TnFormat {

    private TnFormat() {
    }

    public static String digitsOnly(String raw) {
        return raw == null ? "" : raw.replaceAll("[^0-9]", "");
    }

    public static String toE164(String raw) {
        String digits = digitsOnly(raw);
        if (digits.length() == 10) {
            return "+1" + digits;
        }
        if (digits.length() == 11 && digits.startsWith("1")) {
            return "+" + digits;
        }
        return raw.startsWith("+") ? raw : "+" + digits;
    }

    public static String pretty(String digits) {
        return "(%s) %s-%s".formatted(digits.substring(0, 3), digits.substring(3, 6), digits.substring(6));
    }
}
