package net.kestrelwave.integration.bulk;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.BoundRequestBuilder;
import org.asynchttpclient.Realm;
import org.asynchttpclient.Response;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import static org.asynchttpclient.Dsl.basicAuthRealm;

/**
 * Exports in-service and available inventory per area code for the capacity planning sheet.
 */
@Component
public class BulkInventoryExport {

    private static final Pattern NPA = Pattern.compile("<Npa>(\\d+)</Npa>");

    private final AsyncHttpClient http;
    private final String baseUrl;
    private final String accountId;
    private final Realm realm;

    public BulkInventoryExport(AsyncHttpClient http,
                               @Value("${kestrel.bulk.dashboard-url}") String baseUrl,
                               @Value("${kestrel.dashboard.account-id}") String accountId,
                               @Value("${kestrel.dashboard.username}") String user,
                               @Value("${kestrel.dashboard.password}") String password) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.realm = basicAuthRealm(user, password).setUsePreemptiveAuth(true).build();
    }

    public CompletableFuture<Response> inservicePage(String areaCode, int page) {
        BoundRequestBuilder request = http.prepareGet(baseUrl + "/accounts/" + accountId + "/inserviceNumbers")
                .addQueryParam("areaCode", areaCode)
                .addQueryParam("page", Integer.toString(page))
                .addQueryParam("size", "1000")
                .setRealm(realm);
        return request.execute().toCompletableFuture();
    }

    public CompletableFuture<Response> inserviceDomestic(String areaCode) {
        return http.prepareGet(baseUrl + "/accounts/" + accountId + "/inserviceNumbers")
                .addQueryParam("areaCode", areaCode)
                .addQueryParam("countryCodeA3", "USA")
                .setRealm(realm)
                .execute()
                .toCompletableFuture();
    }

    public CompletableFuture<Response> inserviceForRegion(List<String> areaCodes) {
        StringBuilder query = new StringBuilder("?size=1000");
        for (String areaCode : areaCodes) {
            query.append("&areaCode=").append(areaCode);
        }
        return http.prepareGet(baseUrl + "/accounts/" + accountId + "/inserviceNumbers" + query)
                .setRealm(realm)
                .execute()
                .toCompletableFuture();
    }

    public List<CompletableFuture<Response>> availability(List<String> areaCodes, int quantity) {
        List<CompletableFuture<Response>> calls = new ArrayList<>();
        for (String areaCode : areaCodes) {
            String url = MessageFormat.format("{0}/accounts/{1}/availableNumbers?areaCode={2}&quantity={3}",
                    baseUrl, accountId, areaCode, Integer.toString(quantity));
            calls.add(http.prepareGet(url).setRealm(realm).execute().toCompletableFuture());
        }
        return calls;
    }

    public CompletableFuture<Response> availableInState(String state) {
        return http.prepareGet(String.format("%s/accounts/%s/availableNumbers?state=%s&quantity=100", baseUrl, accountId, state))
                .setRealm(realm)
                .execute()
                .toCompletableFuture();
    }

    /** Area codes present in an availableNpaNxx answer, for the capacity sheet's pivot. */
    public static List<Integer> areaCodesIn(String availableNpaNxxXml) {
        List<Integer> areaCodes = new ArrayList<>();
        Matcher m = NPA.matcher(availableNpaNxxXml);
        while (m.find()) {
            areaCodes.add(Integer.valueOf(m.group(1)));
        }
        return areaCodes;
    }
}
