package com.acme.telco.provisioning;

import okhttp3.HttpUrl;

/** The retired Catapult API, still used by the billing export; not the Dashboard. */
public class CatapultLegacyClient {
    public HttpUrl localNumbers(String userId, String areaCode) {
        return new HttpUrl.Builder()
                .scheme("https")
                .host("api.catapult.inetwork.com")
                .addPathSegments("v1/users")
                .addPathSegment(userId)
                .addPathSegments("availableNumbers/local")
                .addQueryParameter("areaCode", areaCode)
                .build();
    }

    public HttpUrl messages(String accountId) {
        return HttpUrl.get("https://messaging.bandwidth.com/api/v2/users/" + accountId + "/messages");
    }
}
