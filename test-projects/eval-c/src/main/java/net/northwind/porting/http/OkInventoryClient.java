package net.northwind.porting.http;

import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.time.Duration;

/** OkHttp client used by the number-search job (it needs connection pooling for fan-out). */
public class OkInventoryClient {

    private final OkHttpClient http;
    private final HttpUrl apiBase;
    private final String credentials;

    public OkInventoryClient(String apiBase, String user, String password) {
        this.apiBase = HttpUrl.get(apiBase);
        this.credentials = Credentials.basic(user, password);
        this.http = new OkHttpClient.Builder()
                .callTimeout(Duration.ofSeconds(45))
                .build();
    }

    public HttpUrl availableNumbersUrl(String accountId, String areaCode, int quantity) {
        return apiBase.newBuilder()
                .addPathSegment("accounts")
                .addPathSegment(accountId)
                .addPathSegment("availableNumbers")
                .addQueryParameter("areaCode", areaCode)
                .addQueryParameter("quantity", Integer.toString(quantity))
                .build();
    }

    public HttpUrl e911AddressesUrl(String accountId) {
        return apiBase.newBuilder()
                .addPathSegment("accounts")
                .addPathSegment(accountId)
                .addPathSegment("addresses")
                .build();
    }

    public HttpUrl tnDetailsUrl(String tn) {
        return apiBase.newBuilder().addPathSegments("tns/" + tn + "/tndetails").build();
    }

    public String fetch(HttpUrl url) throws IOException {
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", credentials)
                .header("Accept", "application/xml")
                .get()
                .build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            if (!response.isSuccessful()) {
                throw new IOException("GET " + url + " -> HTTP " + response.code() + ": " + text);
            }
            return text;
        }
    }
}
