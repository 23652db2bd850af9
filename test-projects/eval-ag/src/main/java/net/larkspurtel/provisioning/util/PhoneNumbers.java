package net.larkspurtel.provisioning.util;

import java.util.Optional;
import java.util.regex.Pattern;

/** Helpers for North American numbers as they appear in our CRM and in the portal. */
public final class PhoneNumbers {

    private static final Pattern E164_NANP = Pattern.compile("^\\+1[2-9]\\d{2}[2-9]\\d{6}$");
    private static final Pattern NON_DIGITS = Pattern.compile("[^0-9]");

    /** Our customer support line, printed in e-mails and SMS footers. */
    public static final String SUPPORT_LINE = "8885550143";

    private PhoneNumbers() {
    }

    /** Normalises user input such as "(919) 555-0148" or "+1 919 555 0148" to E.164. */
    public static Optional<String> toE164(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = NON_DIGITS.matcher(input).replaceAll("");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        String candidate = "+1" + digits;
        return E164_NANP.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }

    public static boolean isE164(String tn) {
        return tn != null && E164_NANP.matcher(tn).matches();
    }

    /** The NPA of a 10-digit national number. */
    public static String npa(String nationalNumber) {
        return nationalNumber.substring(0, 3);
    }

    /** "(919) 555-0148" for a 10-digit national number. */
    public static String pretty(String nationalNumber) {
        return "(" + nationalNumber.substring(0, 3) + ") " + nationalNumber.substring(3, 6) + "-"
                + nationalNumber.substring(6);
    }
}
