package net.prairiewave.numbering.billing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the monthly export of our own billing system (pipe-separated: account|tn|plan|mrc) to
 * cross-check which numbers are billed. The billing system has always stored 10-digit numbers.
 */
public final class BillingExportParser {

    private BillingExportParser() {
    }

    public static Map<String, String> planByTn(Reader export) throws IOException {
        Map<String, String> plans = new HashMap<>();
        try (BufferedReader in = new BufferedReader(export)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\\|");
                if (f.length < 4 || f[1].length() != 10) {
                    continue;
                }
                plans.put(f[1], f[2]);
            }
        }
        return plans;
    }

    public static String billingRegion(String billedTn) {
        String npa = billedTn.substring(0, 3);
        return switch (npa) {
            case "605" -> "SD";
            case "701" -> "ND";
            case "218", "320", "507" -> "MN";
            case "712" -> "IA";
            default -> "OTHER";
        };
    }

    /** Account numbers in the export are 10-digit too (e.g. 4001002003); they are not phone numbers. */
    public static long accountNumber(String[] fields) {
        return Long.parseLong(fields[0]);
    }
}
