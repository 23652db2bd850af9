package com.northforktel.numbering.notify;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.client.WebClient;
import java.util.ArrayList;
import java.util.List;

/**
 * Read-only search against the old Catapult account that still holds the 2016 SMS short-code
 * pool. Kept until finance closes that account.
 */
@Singleton
public class CatapultArchiveSearch {

    private static final String LOCAL_SEARCH =
            "https://api.catapult.inetwork.com/v1/users/%s/availableNumbers/local?areaCode=%s&quantity=%d";

    private final WebClient client;
    private final String userId;
    private final String token;
    private final String secret;

    @Inject
    public CatapultArchiveSearch(WebClient client,
                                 @Named("catapult.userId") String userId,
                                 @Named("catapult.token") String token,
                                 @Named("catapult.secret") String secret) {
        this.client = client;
        this.userId = userId;
        this.token = token;
        this.secret = secret;
    }

    public Future<List<String>> local(String areaCode, int quantity) {
        return client.getAbs(String.format(LOCAL_SEARCH, userId, areaCode, quantity))
                .basicAuthentication(token, secret)
                .send()
                .map(resp -> {
                    List<String> out = new ArrayList<>();
                    JsonArray found = resp.bodyAsJsonArray();
                    for (int i = 0; i < found.size(); i++) {
                        out.add(found.getJsonObject(i).getString("number"));
                    }
                    return out;
                });
    }
}
