package net.halyardcomm.backoffice.bwapis;

import java.io.IOException;

import net.halyardcomm.backoffice.http.BasicAuth;

/** Registers the webhook for toll-free verification status changes. */
public class TollFreeVerificationClient {

    private final String accountId;
    private final BasicAuth auth;

    public TollFreeVerificationClient(String accountId, BasicAuth auth) {
        this.accountId = accountId;
        this.auth = auth;
    }

    public String subscribe(String callbackUrl) throws IOException {
        String url = "https://api.bandwidth.com/api/v2/accounts/" + accountId
                + "/tollFreeVerification/webhooks/subscriptions";
        String json = "{\"callbackUrl\":\"" + callbackUrl + "\",\"sharedSecretKey\":\"" + System.getenv("TFV_SECRET") + "\"}";
        return JsonPost.send("POST", url, auth, json);
    }
}
