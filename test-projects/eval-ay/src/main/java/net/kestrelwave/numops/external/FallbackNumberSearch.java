package net.kestrelwave.numops.external;

import org.apache.hc.core5.net.URIBuilder;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Searches used when the Dashboard has nothing left in an area code: the old Catapult account
 * (still holds a few reserved blocks) and Twilio.
 */
public class FallbackNumberSearch {

    private static final String CATAPULT_LOCAL = "https://api.catapult.inetwork.com/v1/users/%s/availableNumbers/local";
    private static final String TWILIO_LOCAL = "https://api.twilio.com/2010-04-01/Accounts/%s/AvailablePhoneNumbers/US/Local.json";

    public URI catapultSearch(String userId, String areaCode, int quantity) throws URISyntaxException {
        return new URIBuilder(String.format(CATAPULT_LOCAL, userId))
                .addParameter("areaCode", areaCode)
                .addParameter("quantity", Integer.toString(quantity))
                .build();
    }

    public URI twilioSearch(String accountSid, int areaCode, boolean smsEnabled) throws URISyntaxException {
        return new URIBuilder(String.format(TWILIO_LOCAL, accountSid))
                .addParameter("AreaCode", Integer.toString(areaCode))
                .addParameter("SmsEnabled", Boolean.toString(smsEnabled))
                .build();
    }
}
