package net.halyardcomm.backoffice.bwapis;

import java.io.IOException;
import java.util.List;

import net.halyardcomm.backoffice.http.BasicAuth;

/** Carrier/line-type lookups before a port-in quote (Bandwidth Phone Number Lookup). */
public class NumberLookupClient {

    private static final String LOOKUP = "https://api.bandwidth.com/v2/accounts/%s/phoneNumberLookup";

    private final String accountId;
    private final BasicAuth auth;

    public NumberLookupClient(String accountId, BasicAuth auth) {
        this.accountId = accountId;
        this.auth = auth;
    }

    public String lookup(List<String> e164Numbers) throws IOException {
        StringBuilder json = new StringBuilder("{\"phoneNumbers\":[");
        for (int i = 0; i < e164Numbers.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append('"').append(e164Numbers.get(i)).append('"');
        }
        json.append("]}");
        return JsonPost.send("POST", String.format(LOOKUP, accountId), auth, json.toString());
    }
}
