package net.kestrelwave.integration.hosted;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import net.kestrelwave.integration.config.DashboardPaths;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Realm;
import org.asynchttpclient.Response;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import static org.asynchttpclient.Dsl.basicAuthRealm;

/**
 * Hosted messaging (text-enabling numbers that stay with another voice carrier), driven by
 * the bulk job queue. Raw XML because the SDK's ImportTnOrder model does not carry LoaType.
 */
@Component
public class HostedMessagingImporter {

    private final AsyncHttpClient http;
    private final String dashboardBase;
    private final String accountId;
    private final String siteId;
    private final String sipPeerId;
    private final Realm realm;

    public HostedMessagingImporter(AsyncHttpClient http,
                                   @Value("${kestrel.bulk.dashboard-url}") String dashboardBase,
                                   @Value("${kestrel.dashboard.account-id}") String accountId,
                                   @Value("${kestrel.dashboard.site-id}") String siteId,
                                   @Value("${kestrel.dashboard.sip-peer-id}") String sipPeerId,
                                   @Value("${kestrel.dashboard.username}") String user,
                                   @Value("${kestrel.dashboard.password}") String password) {
        this.http = http;
        this.dashboardBase = dashboardBase;
        this.accountId = accountId;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
        this.realm = basicAuthRealm(user, password).setUsePreemptiveAuth(true).build();
    }

    public CompletableFuture<String> importForMessaging(HostedBatch batch) {
        String url = dashboardBase + "/accounts/" + accountId + "/importTnOrders";
        return post(url, renderImportOrder(batch));
    }

    public CompletableFuture<String> orderHistory(String orderId) {
        String url = new StringBuilder(dashboardBase)
                .append("/accounts/").append(accountId)
                .append("/importTnOrders/").append(orderId)
                .append("/history")
                .toString();
        return get(url);
    }

    public CompletableFuture<String> loas(String orderId) {
        return get(dashboardBase + DashboardPaths.importOrderPath(accountId, orderId) + "/loas");
    }

    public CompletableFuture<String> removeFromMessaging(HostedBatch batch) {
        String url = "%s/accounts/%s/removeImportedTnOrders".formatted(dashboardBase, accountId);
        StringBuilder xml = new StringBuilder("<RemoveImportedTnOrder>")
                .append("<CustomerOrderId>").append(batch.orderRef()).append("</CustomerOrderId>")
                .append("<TelephoneNumbers>");
        for (String tn : batch.numbers()) {
            xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        xml.append("</TelephoneNumbers></RemoveImportedTnOrder>");
        return post(url, xml.toString());
    }

    public CompletableFuture<String> pendingImports() {
        return get(dashboardBase + "/accounts/" + accountId + "/importTnOrders?status=PROCESSING&status=PENDING_DOCUMENTS");
    }

    /** Numbers that live on our own SIP peer get SMS switched on directly once the import completes. */
    public CompletableFuture<String> enableSmsOnPeer(String tn) {
        String url = dashboardBase + "/accounts/" + accountId + "/sites/" + siteId + "/sippeers/" + sipPeerId + "/tns/" + tn;
        String body = "<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber><SmsEnabled>true</SmsEnabled></SipPeerTelephoneNumber>";
        return http.preparePut(url)
                .setRealm(realm)
                .setHeader("Content-Type", "application/xml")
                .setBody(body)
                .execute()
                .toCompletableFuture()
                .thenApply(Response::getResponseBody);
    }

    public CompletableFuture<String> importVoice(HostedBatch batch) {
        return post(dashboardBase + "/accounts/" + accountId + "/importTnOrders/voice", renderImportOrder(batch));
    }

    private String renderImportOrder(HostedBatch batch) {
        StringBuilder xml = new StringBuilder();
        xml.append("<ImportTnOrder>")
                .append("<CustomerOrderId>").append(batch.orderRef()).append("</CustomerOrderId>")
                .append("<SiteId>").append(siteId).append("</SiteId>")
                .append("<SipPeerId>").append(sipPeerId).append("</SipPeerId>")
                .append("<LoaAuthorizingPerson>").append(batch.loaSigner()).append("</LoaAuthorizingPerson>")
                .append("<LoaType>CARRIER</LoaType>")
                .append("<TelephoneNumbers>");
        for (String tn : batch.numbers()) {
            xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        return xml.append("</TelephoneNumbers></ImportTnOrder>").toString();
    }

    private CompletableFuture<String> post(String url, String xml) {
        return http.preparePost(url)
                .setRealm(realm)
                .setHeader("Content-Type", "application/xml")
                .setBody(xml.getBytes(StandardCharsets.UTF_8))
                .execute()
                .toCompletableFuture()
                .thenApply(Response::getResponseBody);
    }

    private CompletableFuture<String> get(String url) {
        return http.prepareGet(url)
                .setRealm(realm)
                .execute()
                .toCompletableFuture()
                .thenApply(Response::getResponseBody);
    }
}
