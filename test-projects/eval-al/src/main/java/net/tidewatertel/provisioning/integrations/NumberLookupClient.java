package net.tidewatertel.provisioning.integrations;

import java.io.IOException;

/**
 * Bandwidth phone number lookup (carrier, line type) and toll-free verification
 * webhooks. Separate product from the Dashboard, already on its own v2.
 */
public class NumberLookupClient {

    private static final String LOOKUP = "https://api.bandwidth.com/v2/accounts/%s/tnLookup";
    private static final String TF_WEBHOOKS = "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";

    private final String accountId;
    private final String authorization;

    public NumberLookupClient(String accountId, String user, String password) {
        this.accountId = accountId;
        this.authorization = HttpJson.basic(user, password);
    }

    public String lookup(String... e164Numbers) throws IOException {
        String json = "{\"phoneNumbers\":[\"" + String.join("\",\"", e164Numbers) + "\"]}";
        return HttpJson.send("POST", String.format(LOOKUP, accountId), authorization, json);
    }

    public String lookupPortingCandidate() throws IOException {
        return lookup("+17575550188");
    }

    public String tollFreeWebhooks() throws IOException {
        return HttpJson.send("GET", String.format(TF_WEBHOOKS, accountId), authorization, null);
    }
}
