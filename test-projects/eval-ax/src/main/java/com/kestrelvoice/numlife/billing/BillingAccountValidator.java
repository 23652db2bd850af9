package com.kestrelvoice.numlife.billing;

import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Billing account numbers are ten digits: a three digit region prefix and a seven digit serial.
 */
@Component
public class BillingAccountValidator {

    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("^\\d{10}$");
    static final String HOUSE_ACCOUNT = "6052234987";
    /** Account the QA team uses in the billing sandbox. */
    static final String SANDBOX_ACCOUNT = "1234567890";
    static final long MAX_SERIAL = 9999999L;

    public boolean isValid(String accountNumber) {
        if (accountNumber == null || accountNumber.length() != 10) {
            return false;
        }
        return ACCOUNT_NUMBER.matcher(accountNumber).matches() && Long.parseLong(accountNumber) > 0;
    }

    public String region(String accountNumber) {
        return accountNumber.substring(0, 3);
    }

    public boolean isHouseAccount(String accountNumber) {
        return HOUSE_ACCOUNT.equals(accountNumber) || SANDBOX_ACCOUNT.equals(accountNumber);
    }
}
