package net.pinecrest.numbertool.dashboard;

import net.pinecrest.numbertool.config.ToolConfig;
import net.pinecrest.numbertool.dashboard.xml.E911Address;
import net.pinecrest.numbertool.dashboard.xml.NpaNxxEntry;
import net.pinecrest.numbertool.dashboard.xml.XmlMappers;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.util.List;

/**
 * Small OkHttp client used by the nightly sync job, which runs without Retrofit to keep its
 * classpath tiny.
 */
public class OkDashboardClient {

    private final OkHttpClient http;
    private final HttpUrl base;
    private final String accountId;
    private final String auth;

    public OkDashboardClient(OkHttpClient http, ToolConfig config) {
        this(http, HttpUrl.get(config.dashboardBase()), config.accountId(),
                Credentials.basic(config.username(), config.password()));
    }

    public OkDashboardClient(OkHttpClient http, HttpUrl base, String accountId, String auth) {
        this.http = http;
        this.base = base;
        this.accountId = accountId;
        this.auth = auth;
    }

    public List<NpaNxxEntry> availableNpaNxx(String areaCode, int quantity) throws IOException {
        HttpUrl url = base.newBuilder()
                .addPathSegments("accounts/" + accountId + "/availableNpaNxx")
                .addQueryParameter("areaCode", areaCode)
                .addQueryParameter("quantity", Integer.toString(quantity))
                .build();
        NpaNxxEntry.Result result = XmlMappers.read(fetch(url), NpaNxxEntry.Result.class);
        return result.entries() == null ? List.of() : result.entries();
    }

    public List<E911Address> addresses() throws IOException {
        HttpUrl url = base.newBuilder()
                .addPathSegment("accounts")
                .addPathSegment(accountId)
                .addPathSegment("addresses")
                .addQueryParameter("size", "500")
                .build();
        E911Address.Page page = XmlMappers.read(fetch(url), E911Address.Page.class);
        return page.addresses() == null ? List.of() : page.addresses();
    }

    public String importOrderHistory(String orderId) throws IOException {
        HttpUrl url = base.newBuilder()
                .addPathSegments("accounts/" + accountId)
                .addPathSegment("importTnOrders")
                .addPathSegment(orderId)
                .addPathSegment("history")
                .build();
        return fetch(url);
    }

    public String e911AddressesV2() throws IOException {
        HttpUrl url = base.newBuilder()
                .addPathSegments("accounts/" + accountId + "/e911Addresses")
                .build();
        return fetch(url);
    }

    private String fetch(HttpUrl url) throws IOException {
        Request request = new Request.Builder().url(url).header("Authorization", auth).get().build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                throw new IOException("GET " + url.encodedPath() + " failed: " + response.code());
            }
            return response.body().string();
        }
    }
}
