package net.kestreltel.portdesk.e911;

import com.google.inject.Inject;
import com.google.inject.name.Named;
import net.kestreltel.portdesk.config.DashboardSettings;
import net.kestreltel.portdesk.numbers.NumberRepository;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;

import static net.kestreltel.portdesk.dashboard.DashboardPaths.API_ACCOUNTS;
import static net.kestreltel.portdesk.dashboard.DashboardPaths.E911_ADDRESSES;

/** Attaches ported numbers to the E911 address the customer confirmed. */
public class E911EndpointAssigner {

    private final OkHttpClient http;
    private final DashboardSettings settings;
    private final NumberRepository numbers;
    private final String host;

    @Inject
    public E911EndpointAssigner(OkHttpClient http, DashboardSettings settings, NumberRepository numbers,
                                @Named("dashboard.host") String host) {
        this.http = http;
        this.settings = settings;
        this.numbers = numbers;
        this.host = host;
    }

    String addressUrl(String addressId) {
        return host + API_ACCOUNTS + settings.accountId() + E911_ADDRESSES + "/" + addressId;
    }

    String addressesSearchUrl(String zip) {
        return MessageFormat.format("{0}/accounts/{1}/addresses?zip={2}", settings.baseUrl(), settings.accountId(), zip);
    }

    public boolean exists(String addressId) throws IOException {
        Request request = new Request.Builder().url(addressUrl(addressId))
                .header("Authorization", Credentials.basic(settings.username(), settings.password()))
                .head()
                .build();
        try (Response response = http.newCall(request).execute()) {
            return response.isSuccessful();
        }
    }

    public void assign(String addressId, List<String> tns) throws IOException {
        if (!exists(addressId)) {
            throw new IllegalArgumentException("Unknown E911 address " + addressId);
        }
        for (String tn : tns) {
            numbers.attachAddress(tn, addressId);
        }
    }
}
