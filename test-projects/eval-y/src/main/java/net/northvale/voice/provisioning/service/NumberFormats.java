package net.northvale.voice.provisioning.service;

/** Normalisation of numbers typed by customers and agents. */
public final class NumberFormats {

    private NumberFormats() {
    }

    /** "(303) 555-0142", "303.555.0142", "+1 303 555 0142" -> "3035550142". */
    public static String toNational(String input) {
        String digits = input.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        if (digits.length() != 10) {
            throw new IllegalArgumentException("not a NANP number: " + input);
        }
        return digits;
    }

    /** "3035550142" -> "(303) 555-0142" for invoices and e-mails. */
    public static String pretty(String national) {
        return "(" + national.substring(0, 3) + ") " + national.substring(3, 6) + "-" + national.substring(6);
    }

    /** Our billing account numbers are 10 digits, the first digit is the billing region. */
    public static boolean isBillingAccount(String value) {
        return value != null && value.length() == 10 && value.chars().allMatch(Character::isDigit);
    }

    /** ZIP+4 "80202-1234" -> "80202". */
    public static String zip5(String zip) {
        return zip.length() > 5 ? zip.substring(0, 5) : zip;
    }
}
