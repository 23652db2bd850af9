package io.kestrelvoice.numbering.provisioning.validation;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Validates what customers paste into the portal before we spend an API call on it.
 */
@Component
public class PortingRequestValidator {

    /** Kestrel billing account numbers: 10 digits, first digit 8 or 9. */
    private static final Pattern BILLING_ACCOUNT = Pattern.compile("[89]\\d{9}");

    public void requireNationalNumbers(List<String> telephoneNumbers) {
        if (telephoneNumbers == null || telephoneNumbers.isEmpty()) {
            throw new IllegalArgumentException("no telephone numbers given");
        }
        for (String tn : telephoneNumbers) {
            if (!tn.matches("\\d{10}")) {
                throw new IllegalArgumentException("expected 10 digits, got " + tn);
            }
        }
    }

    public void requireBillingAccount(String billingAccount) {
        if (billingAccount == null || !BILLING_ACCOUNT.matcher(billingAccount).matches()) {
            throw new IllegalArgumentException("not a Kestrel billing account: " + billingAccount);
        }
    }
}
