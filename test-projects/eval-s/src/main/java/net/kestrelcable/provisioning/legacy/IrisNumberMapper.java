package net.kestrelcable.provisioning.legacy;

import com.bandwidth.iris.sdk.model.TelephoneNumber;

import net.kestrelcable.provisioning.util.PhoneNumbers;

import org.springframework.stereotype.Component;

/**
 * Converts between the SDK's number models and ours.
 */
@Component
public class IrisNumberMapper {

    public record InventoryEntry(String tn, Integer npa, String city, String state, String rateCenter) {
    }

    public static TelephoneNumber toSdkNumber(String tn) {
        TelephoneNumber number = new TelephoneNumber();
        number.setFullNumber(tn);
        return number;
    }

    /**
     * SDK responses mix "9195551212" and "19195551212".
     */
    public String national(String fullNumber) {
        String n = fullNumber.length() == 10 ? fullNumber : fullNumber.substring(1);
        if (!PhoneNumbers.isNational(n)) {
            throw new IllegalArgumentException("unexpected number from the Dashboard: " + fullNumber);
        }
        return n;
    }

    public InventoryEntry toEntry(TelephoneNumber number) {
        String tn = national(number.getFullNumber());
        return new InventoryEntry(tn, Integer.valueOf(tn.substring(0, 3)), number.getCity(), number.getState(),
                number.getRateCenter());
    }
}
