package io.northstarvoice.toolkit.legacy;

import io.northstarvoice.toolkit.config.ToolkitConfig;
import io.northstarvoice.toolkit.iris.XmlPayloads;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The reseller sub-account we inherited from the Lumen acquisition. It still talks to the old
 * inetwork host with OkHttp because that is what the acquired code used; the rest of the toolkit
 * goes through {@code io.northstarvoice.toolkit.http}.
 */
public class LegacyInetworkClient {

    private static final String FALLBACK_BASE = "https://api.inetwork.com/v1.0";
    private static final MediaType XML = MediaType.get("application/xml; charset=utf-8");

    private final OkHttpClient http;
    private final HttpUrl base;
    private final String accountId;
    private final String credentials;

    public LegacyInetworkClient(ToolkitConfig config) {
        this.http = new OkHttpClient.Builder()
                .callTimeout(config.timeout().toSeconds(), TimeUnit.SECONDS)
                .build();
        this.base = Objects.requireNonNullElse(HttpUrl.parse(config.legacyInetworkBaseUrl()), HttpUrl.get(FALLBACK_BASE));
        this.accountId = config.get("legacy.inetwork.accountId", "14221");
        this.credentials = Credentials.basic(config.username(), config.password());
    }

    HttpUrl.Builder account() {
        return base.newBuilder().addPathSegment("accounts").addPathSegment(accountId);
    }

    /** Moves externally hosted numbers onto the sub-account for messaging. */
    public String addExternalNumbers(List<String> tns, String customerOrderId) throws IOException {
        HttpUrl url = account()
                .addPathSegment("externalTns")
                .build();
        var order = new XmlPayloads.ExternalTnsOrderPayload(customerOrderId, "2071", "50113", "IMPORT", tns);
        return post(url, XmlPayloads.write(order));
    }

    public String externalTnsOrderStatus(String orderId) throws IOException {
        HttpUrl url = account().addPathSegments("externalTns/" + orderId).build();
        return get(url);
    }

    public String removeHostedNumbers(List<String> tns, String customerOrderId) throws IOException {
        HttpUrl url = account()
                .addPathSegment("removeImportedTnOrders")
                .build();
        return post(url, XmlPayloads.write(new XmlPayloads.RemoveImportedTnOrderPayload(customerOrderId, tns)));
    }

    public String searchAvailable(String areaCode, int quantity) throws IOException {
        HttpUrl url = account()
                .addPathSegment("availableNumbers")
                .addQueryParameter("areaCode", areaCode)
                .addQueryParameter("quantity", Integer.toString(quantity))
                .build();
        return get(url);
    }

    private String get(HttpUrl url) throws IOException {
        return execute(new Request.Builder().url(url).header("Authorization", credentials).get().build());
    }

    private String post(HttpUrl url, String xml) throws IOException {
        return execute(new Request.Builder().url(url).header("Authorization", credentials)
                .post(RequestBody.create(xml, XML)).build());
    }

    private String execute(Request request) throws IOException {
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException(request.method() + " " + request.url() + " -> " + response.code());
            }
            return response.body() == null ? "" : response.body().string();
        }
    }
}
