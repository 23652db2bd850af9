package com.lumenwave.provisioning.util;

import java.util.Optional;

/**
 * Normalises numbers typed by customers in the portal.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** "(919) 555-0147", "919.555.0147", "+1 919 555 0147" -> "9195550147". */
    public static Optional<String> toNational(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        return digits.length() == 10 ? Optional.of(digits) : Optional.empty();
    }

    public static String toE164(String nationalNumber) {
        return "+1" + nationalNumber;
    }

    public static String format(String nationalNumber) {
        return "(%s) %s-%s".formatted(nationalNumber.substring(0, 3), nationalNumber.substring(3, 6),
                nationalNumber.substring(6));
    }
}
