package net.kestrelwave.provisioning.numbers;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.Optional;

/**
 * Number normalisation shared by the handlers. Customer-facing strings go through libphonenumber; the
 * internal key is the ten-digit national number, which is what the CRM stores.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "US";

    private PhoneNumbers() {
    }

    /** Digits only, leading country code 1 removed. */
    public static String toNational(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = raw.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            return digits.substring(1);
        }
        return digits;
    }

    public static String toE164(String raw) {
        return parse(raw)
                .map(n -> UTIL.format(n, PhoneNumberFormat.E164))
                .orElseThrow(() -> new IllegalArgumentException("not a phone number: " + raw));
    }

    public static String pretty(String raw) {
        return parse(raw).map(n -> UTIL.format(n, PhoneNumberFormat.NATIONAL)).orElse(raw);
    }

    public static boolean isTenDigit(String value) {
        return value != null && value.length() == 10 && value.chars().allMatch(Character::isDigit);
    }

    public static String npa(String nationalNumber) {
        return nationalNumber.substring(0, 3);
    }

    public static boolean isTollFree(String raw) {
        return parse(raw).map(n -> UTIL.getNumberType(n) == PhoneNumberUtil.PhoneNumberType.TOLL_FREE)
                .orElse(false);
    }

    public static int countryCode(String raw) {
        return parse(raw).map(PhoneNumber::getCountryCode).orElse(0);
    }

    private static Optional<PhoneNumber> parse(String raw) {
        try {
            return Optional.of(UTIL.parse(raw, DEFAULT_REGION));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
