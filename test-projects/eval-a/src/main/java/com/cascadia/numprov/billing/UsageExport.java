package com.cascadia.numprov.billing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Monthly DID usage export for the billing system. Everything here is our own data: the
 * numbers come from the order-entry portal, not from Bandwidth.
 */
public class UsageExport {

    /** Billing cut-over of the current rate plan (2024-06-01T00:00:00Z, epoch seconds). */
    static final long RATE_PLAN_EPOCH = 1717200000L;

    /** Billing-system order number of the bulk DID contract. */
    static final long BULK_CONTRACT_ORDER = 4045550123L;

    /** Placeholder account number in the billing sandbox. */
    static final String SANDBOX_ACCOUNT = "1234567890";

    private static final Pattern PORTAL_NUMBER = Pattern.compile("\\d{10}");

    public record Line(String accountNumber, String did, long minutes, Instant periodStart) {
    }

    /** Customer-typed numbers are 10 digits in the portal; reject anything else before export. */
    public static boolean validDid(String did) {
        return PORTAL_NUMBER.matcher(did).matches();
    }

    public static boolean validAccountNumber(String accountNumber) {
        return accountNumber.length() == 10 && accountNumber.chars().allMatch(Character::isDigit);
    }

    /** (919) 555-0142 style, for the printed invoice. */
    public static String pretty(String did) {
        return String.format(Locale.ROOT, "(%s) %s-%s", did.substring(0, 3), did.substring(3, 6), did.substring(6));
    }

    public static String csv(List<Line> lines) {
        StringBuilder sb = new StringBuilder("account,did,minutes,period_start,contract\n");
        for (Line l : lines) {
            sb.append(l.accountNumber()).append(',')
                    .append(pretty(l.did())).append(',')
                    .append(l.minutes()).append(',')
                    .append(l.periodStart().getEpochSecond() < RATE_PLAN_EPOCH ? "legacy" : l.periodStart())
                    .append(',').append(BULK_CONTRACT_ORDER).append('\n');
        }
        return sb.toString();
    }
}
