package net.harborlinecarrier.tnvault.core;

import java.util.regex.Pattern;

/** Formatting helpers shared by the portal resources and the reconciliation. */
public final class TelephoneNumbers {

    private static final Pattern NATIONAL = Pattern.compile("[2-9]\\d{2}[2-9]\\d{6}");

    private TelephoneNumbers() {
    }

    /** True for a 10-digit NANP number such as the ones in tn_inventory. */
    public static boolean isNational(String tn) {
        return tn != null && NATIONAL.matcher(tn).matches();
    }

    /** Digits only, leading country code 1 dropped: what customers type in the portal. */
    public static String fromCustomerInput(String raw) {
        String digits = raw.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            return digits.substring(1);
        }
        return digits;
    }

    /** (919) 555-0143 */
    public static String pretty(String tn) {
        return "(" + tn.substring(0, 3) + ") " + tn.substring(3, 6) + "-" + tn.substring(6);
    }
}
