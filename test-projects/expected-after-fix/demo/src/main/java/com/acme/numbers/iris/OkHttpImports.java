package com.acme.numbers.iris;

import okhttp3.HttpUrl;

/** Builds hosted-messaging import URLs with OkHttp. */
public class OkHttpImports {
    private final String accountId;

    public OkHttpImports(String accountId) {
        this.accountId = accountId;
    }

    public HttpUrl removals() {
        return new HttpUrl.Builder()
                .scheme("https")
                .host("dashboard.bandwidth.com")
                .addPathSegments("api/v2/accounts")
                .addPathSegment(accountId)
                .addPathSegments("removeImportedTnOrders/messaging")
                .build();
    }

    public String addressesTemplate() {
        return """
            https://dashboard.bandwidth.com/api/v2/accounts/{accountId}/e911Addresses
            """.strip();
    }
}
