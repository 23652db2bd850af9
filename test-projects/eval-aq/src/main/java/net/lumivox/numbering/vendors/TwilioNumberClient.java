package net.lumivox.numbering.vendors;

import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequestFactory;

import java.io.IOException;

/**
 * Twilio is our secondary carrier for the Canadian numbers; also used for carrier lookups.
 */
public class TwilioNumberClient {

    private static final String API = "https://api.twilio.com/2010-04-01/Accounts/";

    /** Number used by the weekly check that the lookup credentials still work. */
    static final String LOOKUP_PROBE = "9195550131";

    private final HttpRequestFactory requests;
    private final String accountSid;

    public TwilioNumberClient(HttpRequestFactory requests, String accountSid) {
        this.requests = requests;
        this.accountSid = accountSid;
    }

    public String availableLocal(String country, String areaCode) throws IOException {
        GenericUrl url = new GenericUrl(API + accountSid + "/AvailablePhoneNumbers/" + country + "/Local.json");
        url.set("AreaCode", areaCode);
        url.set("PageSize", 20);
        return requests.buildGetRequest(url).execute().parseAsString();
    }

    public String availableLocalRaw(String areaCode) throws IOException {
        GenericUrl url = new GenericUrl(API + accountSid + "/AvailablePhoneNumbers/CA/Local.json?areaCode=" + areaCode);
        return requests.buildGetRequest(url).execute().parseAsString();
    }

    public String addresses() throws IOException {
        return requests.buildGetRequest(new GenericUrl(API + accountSid + "/Addresses.json")).execute().parseAsString();
    }

    public String lookup(String number) throws IOException {
        GenericUrl url = new GenericUrl("https://lookups.twilio.com/v1/PhoneNumbers/" + number);
        url.set("CountryCode", "US");
        url.set("Type", "carrier");
        return requests.buildGetRequest(url).execute().parseAsString();
    }

    public String probeLookup() throws IOException {
        return lookup(LOOKUP_PROBE);
    }
}
