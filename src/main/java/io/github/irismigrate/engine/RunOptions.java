package io.github.irismigrate.engine;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The user's choices that change what the rules do: the ISO 3166 alpha-3 country added to area-code filters
 * (BW005), and whether callbacks and reports stay in 10-digit LEGACY format (BW010 fixes, BW007 stops flagging
 * callback and report parsing) or move to E.164.
 */
public record RunOptions(String countryCode, String numberFormat) {
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

    public static final RunOptions DEFAULTS = new RunOptions("USA", "E164");

    public RunOptions {
        countryCode = countryCode.trim().toUpperCase(Locale.ROOT);
        numberFormat = numberFormat.trim().toUpperCase(Locale.ROOT);
        if (!ALPHA3.matcher(countryCode).matches()) {
            throw new IllegalArgumentException("countryCode '" + countryCode + "' is not an ISO 3166 alpha-3 code such as USA or CAN");
        }
        if (!numberFormat.equals("E164") && !numberFormat.equals("LEGACY")) {
            throw new IllegalArgumentException("numberFormat '" + numberFormat + "' must be E164 or LEGACY");
        }
    }

    public boolean legacy() {
        return numberFormat.equals("LEGACY");
    }
}
