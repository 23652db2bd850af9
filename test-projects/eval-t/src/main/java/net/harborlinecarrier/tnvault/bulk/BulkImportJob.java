package net.harborlinecarrier.tnvault.bulk;

import static org.asynchttpclient.Dsl.basicAuthRealm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import net.harborlinecarrier.tnvault.dashboard.DashboardException;
import net.harborlinecarrier.tnvault.dashboard.XmlCodec;
import net.harborlinecarrier.tnvault.dashboard.xml.ImportTnOrderXml;
import net.harborlinecarrier.tnvault.dashboard.xml.RemoveImportedTnOrderXml;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Realm;
import org.asynchttpclient.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nightly hosted-messaging import of the numbers wholesale customers upload as CSV. Sends one
 * ImportTnOrder per batch, {@code maxConcurrent} batches in flight.
 */
public class BulkImportJob {

    private static final Logger LOG = LoggerFactory.getLogger(BulkImportJob.class);

    /** Passed as the Dashboard's "no expiry" marker for LOA documents. */
    static final long LOA_NO_EXPIRY = 2147483647L;

    private final AsyncHttpClient http;
    private final String legacyEndpoint;
    private final String accountId;
    private final String siteId;
    private final String sipPeerId;
    private final Realm realm;
    private final Semaphore inFlight;

    public BulkImportJob(AsyncHttpClient http, String legacyEndpoint, String accountId, String siteId,
                         String sipPeerId, String user, String password, int maxConcurrent) {
        this.http = http;
        this.legacyEndpoint = legacyEndpoint;
        this.accountId = accountId;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
        this.realm = basicAuthRealm(user, password).setUsePreemptiveAuth(true).build();
        this.inFlight = new Semaphore(maxConcurrent);
    }

    public CompletableFuture<String> importBatch(String customerOrderId, List<String> tns) {
        String url = legacyEndpoint + "/accounts/" + accountId + "/importTnOrders";
        ImportTnOrderXml order = ImportTnOrderXml.of(customerOrderId, siteId, sipPeerId, tns);
        return send(http.preparePost(url)
                .setRealm(realm)
                .setHeader("Content-Type", "application/xml")
                .setBody(XmlCodec.write(order))
                .execute()
                .toCompletableFuture(), "import " + customerOrderId);
    }

    public CompletableFuture<String> removeBatch(String customerOrderId, List<String> tns) {
        String url = String.format("%s/accounts/%s/removeImportedTnOrders", legacyEndpoint, accountId);
        RemoveImportedTnOrderXml order = new RemoveImportedTnOrderXml(customerOrderId, tns);
        return send(http.preparePost(url)
                .setRealm(realm)
                .setHeader("Content-Type", "application/xml")
                .setBody(XmlCodec.write(order))
                .execute()
                .toCompletableFuture(), "remove " + customerOrderId);
    }

    /** Status of an import, polled until it leaves PROCESSING. {@code host} is scheme://host only. */
    public CompletableFuture<String> importStatus(String host, String orderId) {
        String url = host + "/v1.0/accounts/" + accountId + "/importTnOrders/" + orderId;
        return send(http.prepareGet(url).setRealm(realm).execute().toCompletableFuture(), "status " + orderId);
    }

    /** How many numbers of an NPA are already in service, to size the batches. */
    public CompletableFuture<String> inServiceTotals(int npa) {
        return send(http.prepareGet(legacyEndpoint + "/accounts/" + accountId + "/inserviceNumbers/totals")
                .addQueryParam("areacode", String.valueOf(npa))
                .setRealm(realm)
                .execute()
                .toCompletableFuture(), "totals " + npa);
    }

    public List<CompletableFuture<String>> importAll(String customerId, List<List<String>> batches) {
        List<CompletableFuture<String>> futures = new ArrayList<>();
        int n = 0;
        for (List<String> batch : batches) {
            futures.add(importBatch("BULK-" + customerId + "-" + (++n), batch));
        }
        LOG.info("submitted {} batches to {}/importTnOrders", batches.size(), legacyEndpoint);
        return futures;
    }

    private CompletableFuture<String> send(CompletableFuture<Response> call, String what) {
        inFlight.acquireUninterruptibly();
        return call.whenComplete((r, e) -> inFlight.release())
                .thenApply(response -> {
                    if (response.getStatusCode() >= 300) {
                        throw new DashboardException(what, response.getStatusCode(), response.getResponseBody());
                    }
                    return response.getResponseBody();
                });
    }
}
