package net.tallgrasstel.backoffice.inventory;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Single;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.tallgrasstel.backoffice.config.AppConfig;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.apache.http.client.utils.URIBuilder;

/** Number searches for the ops console and the self-service signup flow. */
public class NumberSearchService {

    /** Query maps for the SDK search calls. */
    public static Map<String, Object> byAreaCode(String areaCode, int quantity) {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", true);
        return query;
    }

    public static Map<String, Object> byAreaCodeInCountry(String countryCodeA3, String areaCode, int quantity) {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", countryCodeA3);
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return query;
    }

    public static Map<String, Object> byRateCenter(String rateCenter, String state, int quantity) {
        Map<String, Object> query = new HashMap<>();
        query.put("rateCenter", rateCenter);
        query.put("state", state);
        query.put("quantity", quantity);
        return query;
    }

    private final IrisClient client;
    private final NumberSearchApi api;
    private final OkHttpClient http;
    private final AppConfig config;

    public NumberSearchService(IrisClient client, NumberSearchApi api, OkHttpClient http, AppConfig config) {
        this.client = client;
        this.api = api;
        this.http = http;
        this.config = config;
    }

    /** Numbers offered to a signup, trimmed to plain national numbers. */
    public Observable<String> offer(String areaCode, int quantity) {
        return api.byAreaCode(config.accountId(), areaCode, quantity)
                .flattenAsObservable(r -> r.getTelephoneNumbers())
                .filter(tn -> tn.matches("\\d{10}"))
                .take(quantity);
    }

    public Single<List<String>> offerCanada(String areaCode, int quantity) {
        return api.byAreaCodeInCountry(config.accountId(), "CAN", areaCode, quantity)
                .map(r -> r.getTelephoneNumbers());
    }

    public List<?> searchSdk(String areaCode, int quantity) throws Exception {
        return AvailableNumbers.search(client, byAreaCode(areaCode, quantity));
    }

    public TNss inServiceSdk(String areaCode) throws Exception {
        return InserviceNumber.list(client, Map.of("areaCode", areaCode, "size", 500));
    }

    public List<AvailableNpaNxx> npaNxxSdk(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", 10);
        return AvailableNpaNxx.list(client, query);
    }

    /** Used by the signup page; excludes premium-rate prefixes. */
    public List<AvailableNpaNxx> npaNxxForSignup(String areaCode) throws Exception {
        return npaNxxSdk(areaCode).stream()
                .filter(g -> Integer.parseInt(g.getNpa()) != 900)
                .toList();
    }

    public List<?> searchCanadaSdk(String areaCode) throws Exception {
        return AvailableNumbers.search(client, byAreaCodeInCountry("CAN", areaCode, 10));
    }

    /** Raw search for the console's "show XML" button. */
    public String rawSearch(String areaCode) throws IOException {
        HttpUrl url = HttpUrl.get(config.baseUrl()).newBuilder()
                .addPathSegments("accounts/" + config.accountId() + "/availableNumbers")
                .addQueryParameter("areaCode", areaCode)
                .addQueryParameter("quantity", "50")
                .addQueryParameter("enableTNDetail", "true")
                .build();
        return get(url.toString());
    }

    public String rawInService(String areaCode) throws IOException {
        String url = String.format("%s/accounts/%s/inserviceNumbers?areacode=%s&page=1&size=500",
                config.baseUrl(), config.accountId(), areaCode);
        return get(url);
    }

    /** Exchange-level availability, as the porting desk scripts ask for it. */
    public String rawNpaNxx(String areaCode) throws Exception {
        URI uri = new URIBuilder("https://dashboard.bandwidth.com")
                .setPath("/v1.0/accounts/" + config.accountId() + "/availableNpaNxx")
                .addParameter("areaCode", areaCode)
                .build();
        return get(uri.toString());
    }

    public String rawPreset(String presetName) throws IOException {
        return get(config.baseUrl() + "/accounts/" + config.accountId() + "/" + config.searchPreset(presetName));
    }

    public String rawByZip(String zip) throws IOException {
        HttpUrl url = HttpUrl.get(config.baseUrl()).newBuilder()
                .addPathSegments("accounts/" + config.accountId() + "/availableNumbers")
                .addQueryParameter("zip", zip)
                .addQueryParameter("quantity", "50")
                .build();
        return get(url.toString());
    }

    private String get(String url) throws IOException {
        try (Response response = http.newCall(new Request.Builder().url(url).build()).execute()) {
            return response.body() == null ? "" : response.body().string();
        }
    }
}
