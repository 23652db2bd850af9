package net.tallgrasstel.backoffice.e911;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import net.tallgrasstel.backoffice.common.PathFragments;

/**
 * Nightly export of the E911 address book to the data warehouse. Uses plain OkHttp because the
 * warehouse loader wants the raw XML.
 */
public class E911AddressSyncJob {

    private final OkHttpClient http;
    private final HttpUrl base;
    private final String accountId;

    public E911AddressSyncJob(OkHttpClient http, String baseUrl, String accountId) {
        this.http = http;
        this.base = HttpUrl.get(baseUrl);
        this.accountId = accountId;
    }

    HttpUrl addressesUrl(int page) {
        return base.newBuilder()
                .addPathSegment("accounts")
                .addPathSegment(accountId)
                .addPathSegment("addresses")
                .addQueryParameter("page", String.valueOf(page))
                .addQueryParameter("size", "1000")
                .build();
    }

    String addressDetailPath(String addressId) {
        return new StringBuilder(PathFragments.API_ACCOUNTS)
                .append(accountId)
                .append("/addresses/")
                .append(addressId)
                .toString();
    }

    Request deleteRequest(String addressId) {
        String url = "%s/accounts/%s/addresses/%s".formatted(base, accountId, addressId);
        return new Request.Builder().url(url).delete().build();
    }

    public String fetchPage(int page) throws IOException {
        Request request = new Request.Builder().url(addressesUrl(page)).get().build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                throw new IOException("E911 export page " + page + " failed: " + response.code());
            }
            return response.body().string();
        }
    }

    public String fetchOne(String addressId) throws IOException {
        HttpUrl url = base.resolve(addressDetailPath(addressId));
        if (url == null) {
            throw new IOException("Bad address id " + addressId);
        }
        try (Response response = http.newCall(new Request.Builder().url(url).build()).execute()) {
            return response.body() == null ? "" : response.body().string();
        }
    }
}
