package net.kestrelwave.integration.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.asynchttpclient.Realm;
import org.asynchttpclient.Request;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import static org.asynchttpclient.Dsl.basicAuthRealm;

/**
 * Checks portability of prospect numbers in batches of 500 before sales quotes a port-in.
 */
@Component
public class BulkPortabilityJob {

    private static final Pattern PORTABLE_TN = Pattern.compile("<Tn>(\\d+)</Tn>");
    private static final int BATCH = 500;

    private final AsyncHttpClient http;
    private final String baseUrl;
    private final String accountId;
    private final Realm realm;

    public BulkPortabilityJob(AsyncHttpClient http,
                              @Value("${kestrel.bulk.dashboard-url}") String baseUrl,
                              @Value("${kestrel.dashboard.account-id}") String accountId,
                              @Value("${kestrel.dashboard.username}") String user,
                              @Value("${kestrel.dashboard.password}") String password) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.realm = basicAuthRealm(user, password).setUsePreemptiveAuth(true).build();
    }

    public CompletableFuture<List<Long>> portable(List<String> prospects) {
        List<CompletableFuture<List<Long>>> batches = new ArrayList<>();
        for (int i = 0; i < prospects.size(); i += BATCH) {
            List<String> slice = prospects.subList(i, Math.min(prospects.size(), i + BATCH));
            batches.add(check(slice));
        }
        return CompletableFuture.allOf(batches.toArray(new CompletableFuture[0]))
                .thenApply(v -> batches.stream().flatMap(f -> f.join().stream()).toList());
    }

    private CompletableFuture<List<Long>> check(List<String> tns) {
        StringBuilder body = new StringBuilder("<NumberPortabilityRequest><TnList>");
        tns.forEach(tn -> body.append("<Tn>").append(tn).append("</Tn>"));
        body.append("</TnList></NumberPortabilityRequest>");
        Request request = Dsl.post(baseUrl + "/accounts/" + accountId + "/lnpchecker?fullCheck=true")
                .setRealm(realm)
                .setHeader("Content-Type", "application/xml")
                .setBody(body.toString())
                .build();
        return http.executeRequest(request).toCompletableFuture()
                .thenApply(response -> parsePortable(response.getResponseBody()));
    }

    private static List<Long> parsePortable(String xml) {
        String section = xml.contains("<PortableNumbers>")
                ? xml.substring(xml.indexOf("<PortableNumbers>"), xml.indexOf("</PortableNumbers>"))
                : "";
        List<Long> portable = new ArrayList<>();
        Matcher m = PORTABLE_TN.matcher(section);
        while (m.find()) {
            portable.add(Long.valueOf(m.group(1)));
        }
        return portable;
    }

    /** Canary run from the scheduler: our own Raleigh main number must always come back portable. */
    public CompletableFuture<List<Long>> canary() {
        String body = """
                <NumberPortabilityRequest>
                  <TnList>
                    <Tn>9195550199</Tn>
                  </TnList>
                </NumberPortabilityRequest>
                """;
        Request request = Dsl.post(baseUrl + "/accounts/" + accountId + "/lnpchecker")
                .setRealm(realm)
                .setHeader("Content-Type", "application/xml")
                .setBody(body)
                .build();
        return http.executeRequest(request).toCompletableFuture()
                .thenApply(response -> parsePortable(response.getResponseBody()));
    }
}
