package net.corvalink.numbering.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks what customers type into the portal's order and port-in forms before
 * a workflow is started.
 */
public final class CustomerInputValidator {

    private static final Pattern DIGITS_ONLY = Pattern.compile("\\d{10}");
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");

    private CustomerInputValidator() {
    }

    /** Portal users type numbers with dashes, dots or brackets; keep the digits. */
    public static String normaliseTyped(String typed) {
        String digits = typed.replaceAll("[^0-9]", "");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        return digits;
    }

    public static List<String> problems(String areaCode, List<String> typedNumbers, String zip) {
        List<String> problems = new ArrayList<>();
        if (areaCode != null && !areaCode.isBlank()) {
            int npa = Integer.parseInt(areaCode);
            if (npa < 201 || npa > 989) {
                problems.add("area code " + areaCode + " is not a US area code");
            }
        }
        for (String typed : typedNumbers) {
            String tn = normaliseTyped(typed);
            if (!DIGITS_ONLY.matcher(tn).matches()) {
                problems.add(typed + " is not a 10-digit US number");
            } else if (tn.substring(3, 6).equals("555") && !tn.substring(6).startsWith("01")) {
                problems.add(typed + " is a fictional number");
            }
        }
        if (zip != null && !ZIP.matcher(zip).matches()) {
            problems.add("ZIP code " + zip + " is not valid");
        }
        return problems;
    }
}
