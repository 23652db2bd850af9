package net.harbourline.tnbridge.service;

import java.util.regex.Pattern;

/**
 * Formatting of numbers typed by customers into the Harbourline portal.
 */
public final class TnFormatter {

    private static final Pattern NON_DIGITS = Pattern.compile("\\D");
    private static final Pattern PORTAL_INPUT = Pattern.compile("\\d{10}");

    private TnFormatter() {
    }

    /** "(919) 555-0143", "919.555.0143" and "919-555-0143" become "9195550143". */
    public static String normalizePortalInput(String raw) {
        String digits = NON_DIGITS.matcher(raw).replaceAll("");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        if (!PORTAL_INPUT.matcher(digits).matches()) {
            throw new IllegalArgumentException("not a US number: " + raw);
        }
        return digits;
    }

    /** Masks a number for the portal's activity feed: "919-***-0143". */
    public static String mask(String tenDigits) {
        return tenDigits.substring(0, 3) + "-***-" + tenDigits.substring(6);
    }
}
