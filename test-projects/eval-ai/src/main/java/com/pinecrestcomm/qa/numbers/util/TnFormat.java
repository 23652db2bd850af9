package com.pinecrestcomm.qa.numbers.util;

/**
 * Formatting helpers for telephone numbers shown in test reports and Slack alerts.
 */
public final class TnFormat {

    private TnFormat() {
    }

    /** (919) 555-1234 style, for humans. */
    public static String pretty(String tenDigits) {
        if (tenDigits == null || tenDigits.length() != 10) {
            return tenDigits;
        }
        return "(" + tenDigits.substring(0, 3) + ") " + tenDigits.substring(3, 6) + "-" + tenDigits.substring(6);
    }

    /** Strips punctuation from a number typed by a person into the QA console. */
    public static String digitsOnly(String typed) {
        return typed == null ? null : typed.replaceAll("[^0-9]", "");
    }

    public static String toE164(String tenDigits) {
        if (tenDigits.startsWith("+")) {
            return tenDigits;
        }
        return "+1" + tenDigits;
    }

    /** Order ids in the run summary are shown shortened: first block of the UUID. */
    public static String shortOrderId(String orderId) {
        return orderId.length() > 8 ? orderId.substring(0, 8) : orderId;
    }
}
