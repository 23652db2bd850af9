package net.kestreltel.portdesk.e911;

import com.google.inject.Inject;
import com.google.inject.name.Named;
import net.kestreltel.portdesk.config.DashboardSettings;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;

/** Nightly job that mirrors the Dashboard E911 address book into our CRM. */
public class E911AddressSync {

    private final OkHttpClient http;
    private final DashboardSettings settings;
    private final String dashboardHost;

    @Inject
    public E911AddressSync(OkHttpClient http, DashboardSettings settings, @Named("dashboard.host") String dashboardHost) {
        this.http = http;
        this.settings = settings;
        this.dashboardHost = dashboardHost;
    }

    public HttpUrl addressesUrl(int page) {
        return HttpUrl.get(dashboardHost).newBuilder()
                .addPathSegments("api/accounts")
                .addPathSegment(settings.accountId())
                .addPathSegment("addresses")
                .addQueryParameter("page", Integer.toString(page))
                .addQueryParameter("size", "500")
                .build();
    }

    HttpUrl addressUrl(String addressId) {
        return HttpUrl.get(settings.baseUrl() + "/accounts/" + settings.accountId() + "/addresses/" + addressId);
    }

    public String fetchPage(int page) throws IOException {
        Request request = new Request.Builder()
                .url(addressesUrl(page))
                .header("Authorization", Credentials.basic(settings.username(), settings.password()))
                .header("Accept", "application/xml")
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("E911 address sync failed: HTTP " + response.code());
            }
            return response.body() == null ? "" : response.body().string();
        }
    }
}
