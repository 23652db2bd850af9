package net.tallgrasstel.backoffice.hosting;

import java.io.IOException;
import java.util.List;
import net.tallgrasstel.backoffice.common.Templates;
import net.tallgrasstel.backoffice.dashboard.DashboardUrls;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * External TN orders: messaging on numbers that stay on another carrier's network.
 * Built on raw OkHttp because the SDK has no model for them.
 */
public class ExternalTnsClient {

    private static final MediaType XML = MediaType.get("application/xml; charset=utf-8");

    private final OkHttpClient http;
    private final String baseUrl;
    private final String accountId;
    private final String siteId;
    private final String sipPeerId;

    public ExternalTnsClient(OkHttpClient http, String baseUrl, String accountId, String siteId, String sipPeerId) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    public String submit(String externalTnsOrderXml) throws IOException {
        Request request = new Request.Builder()
                .url(baseUrl + "/accounts/" + accountId + "/externalTns")
                .post(RequestBody.create(externalTnsOrderXml, XML))
                .build();
        return execute(request);
    }

    /** The order the porting desk prepared for the first hosted-messaging pilot. */
    public String submitPilot() throws IOException {
        return submit(Templates.load("templates/external-tns-order.xml"));
    }

    public String remove(String customerOrderId, List<String> tns) throws IOException {
        StringBuilder xml = new StringBuilder()
                .append("<ExternalTnsOrder>")
                .append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>")
                .append("<SiteId>").append(siteId).append("</SiteId>")
                .append("<SipPeerId>").append(sipPeerId).append("</SipPeerId>")
                .append("<Action>REMOVE</Action>")
                .append("<TelephoneNumbers>");
        for (String tn : tns) {
            xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        xml.append("</TelephoneNumbers></ExternalTnsOrder>");
        Request request = new Request.Builder()
                .url(DashboardUrls.externalTnsUrl(baseUrl, accountId))
                .post(RequestBody.create(xml.toString(), XML))
                .build();
        return execute(request);
    }

    public String status(String orderId) throws IOException {
        String url = String.format("%s/accounts/%s/externalTns/%s", baseUrl, accountId, orderId);
        return execute(new Request.Builder().url(url).get().build());
    }

    private String execute(Request request) throws IOException {
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException(request.method() + " " + request.url().encodedPath() + " -> " + response.code());
            }
            return response.body() == null ? "" : response.body().string();
        }
    }
}
