package net.halyardcomm.backoffice.bwapis;

import java.io.IOException;

import net.halyardcomm.backoffice.http.BasicAuth;

/**
 * Read-only access to the old Catapult account, kept for the 2017 message archive and for
 * the number-availability comparison report. Catapult is a separate legacy API.
 */
public class CatapultArchiveClient {

    private static final String CATAPULT = "https://api.catapult.inetwork.com/v1/users/";

    private final String userId;
    private final BasicAuth auth;

    public CatapultArchiveClient(String userId, BasicAuth auth) {
        this.userId = userId;
        this.auth = auth;
    }

    public String availableLocal(String areaCode, int quantity) throws IOException {
        String url = CATAPULT + userId + "/availableNumbers/local?areaCode=" + areaCode + "&quantity=" + quantity;
        return JsonPost.send("GET", url, auth, null);
    }

    public String messages(String fromNational, int page) throws IOException {
        return JsonPost.send("GET", CATAPULT + userId + "/messages?from=%2B1" + fromNational + "&page=" + page, auth, null);
    }
}
