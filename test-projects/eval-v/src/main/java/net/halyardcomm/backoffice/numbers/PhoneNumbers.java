package net.halyardcomm.backoffice.numbers;

import java.util.regex.Pattern;

/**
 * Customer-entered numbers arrive in every shape ("(919) 555-0100", "1-919-555-0100",
 * "+1 919 555 0100"). The back office stores and sends them as 10 national digits.
 */
public final class PhoneNumbers {

    private static final Pattern NANP_NATIONAL = Pattern.compile("[2-9][0-8]\\d[2-9]\\d{6}");

    private PhoneNumbers() {
    }

    public static String digitsOnly(String input) {
        if (input == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Any customer input to the national form used across the back office. */
    public static String toNational(String input) {
        String digits = digitsOnly(input);
        if (digits.length() == 11 && digits.charAt(0) == '1') {
            digits = digits.substring(1);
        }
        if (!NANP_NATIONAL.matcher(digits).matches()) {
            throw new IllegalArgumentException("not a NANP number: " + input);
        }
        return digits;
    }

    public static String toE164(String national) {
        return "+1" + toNational(national);
    }

    public static boolean isTollFree(String national) {
        String npa = toNational(national).substring(0, 3);
        return npa.equals("800") || npa.equals("888") || npa.equals("877") || npa.equals("866")
                || npa.equals("855") || npa.equals("844") || npa.equals("833");
    }

    /** "(919) 555-0100" for letters and invoices. */
    public static String pretty(String input) {
        String n = toNational(input);
        return "(" + n.substring(0, 3) + ") " + n.substring(3, 6) + "-" + n.substring(6);
    }
}
