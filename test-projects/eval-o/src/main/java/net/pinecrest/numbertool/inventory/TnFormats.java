package net.pinecrest.numbertool.inventory;

import java.util.regex.Pattern;

/** Normalisation of numbers typed by people (order desk, CLI). */
public final class TnFormats {

    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]");

    private TnFormats() {
    }

    /** "(804) 555-0100", "804.555.0100", "1-804-555-0100" all give "8045550100". */
    public static String tenDigits(String raw) {
        String digits = NON_DIGITS.matcher(raw).replaceAll("");
        if (digits.length() == 11 && digits.charAt(0) == '1') {
            digits = digits.substring(1);
        }
        if (digits.length() != 10) {
            throw new IllegalArgumentException("not a North American number: " + raw);
        }
        return digits;
    }

    public static String e164(String raw) {
        return "+1" + tenDigits(raw);
    }

    public static String pretty(String raw) {
        String d = tenDigits(raw);
        return "(" + d.substring(0, 3) + ") " + d.substring(3, 6) + "-" + d.substring(6);
    }
}
