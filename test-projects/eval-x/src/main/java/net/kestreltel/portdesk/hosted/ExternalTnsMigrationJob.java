package net.kestreltel.portdesk.hosted;

import com.google.inject.Inject;
import net.kestreltel.portdesk.config.DashboardSettings;
import net.kestreltel.portdesk.dashboard.ExternalTnsApi;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.util.List;

/**
 * Reseller onboarding: registers numbers that stay with the reseller's carrier as external TNs.
 * TODO(PD-1502): POST .../sippeers/{id}/externalTns has no v2 equivalent, see the migration ticket.
 */
public class ExternalTnsMigrationJob {

    static final String EXTERNAL_TNS = "externalTns";

    private final ExternalTnsApi api;
    private final OkHttpClient http;
    private final DashboardSettings settings;

    @Inject
    public ExternalTnsMigrationJob(ExternalTnsApi api, OkHttpClient http, DashboardSettings settings) {
        this.api = api;
        this.http = http;
        this.settings = settings;
    }

    public void register(String resellerOrderId, List<String> tns) {
        for (String tn : tns) {
            api.importExternal(settings.accountId(), settings.siteId(), settings.sipPeerId(), resellerOrderId, tn);
        }
    }

    HttpUrl listUrl() {
        return HttpUrl.get(settings.baseUrl()).newBuilder()
                .addPathSegments("accounts/" + settings.accountId())
                .addPathSegments("sites/" + settings.siteId() + "/sippeers/" + settings.sipPeerId())
                .addPathSegment(EXTERNAL_TNS)
                .build();
    }

    public String removeUrl(String tn) {
        return settings.accountRoot() + "/sites/" + settings.siteId() + "/sippeers/" + settings.sipPeerId()
                + "/externalTns/" + tn;
    }

    public String listRaw() throws IOException {
        Request request = new Request.Builder().url(listUrl())
                .header("Authorization", Credentials.basic(settings.username(), settings.password()))
                .build();
        try (Response response = http.newCall(request).execute()) {
            return response.body() == null ? "" : response.body().string();
        }
    }
}
