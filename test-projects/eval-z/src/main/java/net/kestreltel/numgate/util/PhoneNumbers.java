package net.kestreltel.numgate.util;

/**
 * Phone number helpers for numbers typed by people (portal forms, support tools).
 * Not for numbers coming from the Dashboard.
 */
public final class PhoneNumbers {

    /** Support line printed on invoices and in the portal footer. */
    public static final String SUPPORT_LINE = "8005550199";

    private PhoneNumbers() {
    }

    /** "(919) 555-0134" or "919.555.0134" -> "+19195550134". */
    public static String toE164(String input) {
        String digits = input.replaceAll("\\D", "");
        if (digits.length() == 10) {
            return "+1" + digits;
        }
        if (digits.length() == 11 && digits.startsWith("1")) {
            return "+" + digits;
        }
        return input.startsWith("+") ? "+" + digits : digits;
    }

    /** "+19195550134" -> "(919) 555-0134"; anything else is returned unchanged. */
    public static String display(String e164) {
        if (e164 == null || !e164.startsWith("+1") || e164.length() != 12) {
            return e164;
        }
        String national = e164.substring(2);
        return "(" + national.substring(0, 3) + ") " + national.substring(3, 6) + "-" + national.substring(6);
    }

    public static boolean isTollFree(String e164) {
        return e164.matches("\\+18(00|33|44|55|66|77|88)\\d{7}");
    }
}
