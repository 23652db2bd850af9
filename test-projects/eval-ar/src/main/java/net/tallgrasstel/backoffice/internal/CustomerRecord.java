package net.tallgrasstel.backoffice.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.regex.Pattern;

/** Customer as the back-office service returns it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerRecord(
        String customerId,
        String accountNumber,
        String name,
        int areaCode,
        List<ServiceLocation> locations) {

    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("\\d{10}");

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ServiceLocation(String locationId, String street, String city, String state, String zip) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String number, String plan, boolean e911Provisioned) {
    }

    public record PortRequest(String customerId, List<String> numbers, String losingCarrier, String focDate) {
    }

    /** Account numbers are ten digits, printed on every invoice. */
    public boolean hasValidAccountNumber() {
        return accountNumber != null && ACCOUNT_NUMBER.matcher(accountNumber).matches();
    }

    /** Billing region is the first three digits of the account number. */
    public String billingRegion() {
        return accountNumber.substring(0, 3);
    }

    /** Pricing tier by the customer's home area code (rural Kansas codes get the lower tier). */
    public int pricingTier() {
        return areaCode == 620 || areaCode == 785 ? 2 : 1;
    }
}
