package net.harborlight.numops.numbers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Validates the fields of the self-service port-in and number request forms.
 */
@Component
public class CustomerInputValidator {

    /** Harborlight billing account numbers are ten digits, e.g. 4000123456. */
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("\\d{10}");

    public List<String> validate(String accountNumber, String requestedDate, String contactNumber) {
        List<String> errors = new ArrayList<>();
        if (accountNumber == null || !ACCOUNT_NUMBER.matcher(accountNumber).matches()) {
            errors.add("accountNumber must be the 10-digit Harborlight account number");
        }
        if (requestedDate == null || requestedDate.length() != 10) {
            errors.add("requestedDate must be yyyy-MM-dd");
        } else {
            try {
                LocalDate.parse(requestedDate);
            } catch (DateTimeParseException e) {
                errors.add("requestedDate is not a date");
            }
        }
        String digits = contactNumber == null ? "" : PhoneNumbers.digitsOnly(contactNumber);
        if (!PhoneNumbers.isTenDigit(digits)) {
            errors.add("contactNumber must be a US or Canadian number");
        }
        return errors;
    }
}
