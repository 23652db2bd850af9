package com.pinecrestcomm.qa.numbers.client;

import com.pinecrestcomm.qa.numbers.config.CredentialsProvider;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * OkHttp client used by the "bring your own numbers" job (numbers hosted for messaging while
 * voice stays with the customer's carrier).
 */
public class ExternalTnsClient {

    private static final MediaType XML = MediaType.get("application/xml; charset=utf-8");

    private final OkHttpClient http;
    private final CredentialsProvider credentials;
    private final String accountId;

    public ExternalTnsClient(CredentialsProvider credentials, String accountId) {
        this.credentials = credentials;
        this.accountId = accountId;
        this.http = new OkHttpClient.Builder()
                .callTimeout(45, TimeUnit.SECONDS)
                .build();
    }

    HttpUrl externalTnsUrl() {
        return new HttpUrl.Builder()
                .scheme("https")
                .host("dashboard.bandwidth.com")
                .addPathSegments("api/accounts")
                .addPathSegment(accountId)
                .addPathSegment("externalTns")
                .build();
    }

    HttpUrl externalTnsOrderUrl(String base, String orderId) {
        return Objects.requireNonNull(HttpUrl.parse(base + "/accounts/" + accountId + "/externalTns/" + orderId));
    }

    HttpUrl inserviceNumbersUrl(String npa) {
        return new HttpUrl.Builder()
                .scheme("https")
                .host("dashboard.bandwidth.com")
                .addPathSegments("api/v2/accounts")
                .addPathSegment(accountId)
                .addPathSegment("inserviceNumbers")
                .addQueryParameter("areaCode", npa)
                .build();
    }

    public String submit(String externalTnsOrderXml) throws IOException {
        Request request = new Request.Builder()
                .url(externalTnsUrl())
                .header("Authorization", credentials.basicAuthHeader())
                .post(RequestBody.create(externalTnsOrderXml, XML))
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("externalTns order rejected: HTTP " + response.code());
            }
            return Objects.requireNonNull(response.body()).string();
        }
    }
}
