package net.kestreltel.portdesk.sdk;

import com.google.inject.Inject;
import net.kestreltel.portdesk.config.DashboardSettings;
import net.kestreltel.portdesk.config.SearchDefaults;
import net.kestreltel.portdesk.dashboard.DashboardPaths;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.util.List;

/** Weekly coverage check: how many numbers do we hold in each of the area codes we sell in? */
public class AreaCodeCoverageJob {

    private final OkHttpClient http;
    private final DashboardSettings settings;

    @Inject
    public AreaCodeCoverageJob(OkHttpClient http, DashboardSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    String inserviceUrl(String areaCode) {
        return settings.accountRoot() + DashboardPaths.INSERVICE_BY_AREA_CODE + areaCode;
    }

    String multiAreaQuery(List<String> areaCodes) {
        StringBuilder query = new StringBuilder("?size=").append(SearchDefaults.PAGE_SIZE);
        for (String areaCode : areaCodes) {
            query.append("&areaCode=").append(areaCode);
        }
        return query.toString();
    }

    HttpUrl availableUrl(String areaCode) {
        return HttpUrl.get(settings.baseUrl()).newBuilder()
                .addPathSegment("accounts")
                .addPathSegment(settings.accountId())
                .addPathSegment("availableNumbers")
                .addQueryParameter("areaCode", areaCode)
                .addQueryParameter("quantity", "1")
                .build();
    }

    HttpUrl availableUrlV2(String areaCode) {
        return HttpUrl.get(settings.baseUrl()).newBuilder()
                .addPathSegment("accounts")
                .addPathSegment(settings.accountId())
                .addPathSegment("availableNpaNxx")
                .addQueryParameter("countryCodeA3", SearchDefaults.COUNTRY_A3)
                .addQueryParameter("areaCode", areaCode)
                .build();
    }

    public int count(String areaCode) throws IOException {
        Request request = new Request.Builder().url(inserviceUrl(areaCode))
                .header("Authorization", Credentials.basic(settings.username(), settings.password()))
                .build();
        try (Response response = http.newCall(request).execute()) {
            String xml = response.body() == null ? "" : response.body().string();
            int start = xml.indexOf("<TotalCount>");
            if (start < 0) {
                return 0;
            }
            return Integer.parseInt(xml.substring(start + 12, xml.indexOf("</TotalCount>")));
        }
    }

    public String multiAreaUrl(List<String> areaCodes) {
        return settings.accountRoot() + "/inserviceNumbers" + multiAreaQuery(areaCodes);
    }
}
