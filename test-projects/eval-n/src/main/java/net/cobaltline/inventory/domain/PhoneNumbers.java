package net.cobaltline.inventory.domain;

import java.util.regex.Pattern;

/**
 * Normalisation of the number formats we receive (portal input, CSV uploads, Dashboard payloads).
 */
public final class PhoneNumbers {

    private static final Pattern NON_DIGITS = Pattern.compile("\\D");

    private PhoneNumbers() {
    }

    /**
     * Returns the ten national digits of a NANP number given as {@code 9195550142},
     * {@code 19195550142}, {@code +19195550142} or {@code (919) 555-0142}.
     */
    public static String national(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = NON_DIGITS.matcher(raw).replaceAll("");
        if (digits.length() == 11 && digits.startsWith("1")) {
            return digits.substring(1);
        }
        if (digits.length() == 10) {
            return digits;
        }
        throw new IllegalArgumentException("Not a NANP number: " + raw);
    }

    /** E.164 form, {@code +1} followed by the national digits. */
    public static String e164(String raw) {
        return "+1" + national(raw);
    }

    public static boolean isE164(String tn) {
        return tn != null && tn.startsWith("+");
    }

    /** Human format for e-mails and the portal: (919) 555-0142. */
    public static String pretty(String raw) {
        String n = national(raw);
        return "(" + n.substring(0, 3) + ") " + n.substring(3, 6) + "-" + n.substring(6);
    }
}
