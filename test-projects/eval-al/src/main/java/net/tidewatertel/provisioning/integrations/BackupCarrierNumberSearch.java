package net.tidewatertel.provisioning.integrations;

import java.io.IOException;

/**
 * Twilio, our overflow carrier for toll-free and for area codes Bandwidth cannot
 * fill. Only searched, numbers are bought by hand.
 */
public class BackupCarrierNumberSearch {

    private static final String LOCAL_SEARCH =
            "https://api.twilio.com/2010-04-01/Accounts/%s/AvailablePhoneNumbers/US/Local.json?AreaCode=%s&PageSize=20";

    private final String accountSid;
    private final String authorization;

    public BackupCarrierNumberSearch(String accountSid, String authToken) {
        this.accountSid = accountSid;
        this.authorization = HttpJson.basic(accountSid, authToken);
    }

    public String searchLocal(String areaCode) throws IOException {
        return HttpJson.send("GET", String.format(LOCAL_SEARCH, accountSid, areaCode), authorization, null);
    }

    public String incomingNumbers() throws IOException {
        return HttpJson.send("GET", "https://api.twilio.com/2010-04-01/Accounts/" + accountSid
                + "/IncomingPhoneNumbers.json?PhoneNumber=%2B17575550160", authorization, null);
    }
}
