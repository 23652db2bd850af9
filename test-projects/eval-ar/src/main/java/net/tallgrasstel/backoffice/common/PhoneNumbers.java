package net.tallgrasstel.backoffice.common;

import java.util.regex.Pattern;

/**
 * Normalisation of numbers typed by customers and agents into the CRM.
 */
public final class PhoneNumbers {

    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]");

    private PhoneNumbers() {
    }

    /** "(316) 555-0100", "1-316-555-0100" and "316.555.0100" all become "3165550100". */
    public static String crmDigits(String raw) {
        String digits = NON_DIGITS.matcher(raw).replaceAll("");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        return digits;
    }

    public static boolean isCrmNumber(String digits) {
        return digits.length() == 10;
    }

    /** CRM numbers are stored without country code; messaging wants E.164. */
    public static String crmToE164(String crmDigits) {
        return "+1" + crmDigits;
    }

    public static String format(String crmDigits) {
        return "(" + crmDigits.substring(0, 3) + ") " + crmDigits.substring(3, 6) + "-" + crmDigits.substring(6);
    }
}
