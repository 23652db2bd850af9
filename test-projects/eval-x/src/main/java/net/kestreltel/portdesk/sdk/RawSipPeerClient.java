package net.kestreltel.portdesk.sdk;

import net.kestreltel.portdesk.config.DashboardSettings;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;

/** Hand-written XML for the SIP peer TN endpoint; used by the bulk re-provisioning script. */
public class RawSipPeerClient {

    private static final MediaType XML = MediaType.get("application/xml; charset=utf-8");

    private final OkHttpClient http;
    private final DashboardSettings settings;

    public RawSipPeerClient(OkHttpClient http, DashboardSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    String tnUrl(String tn) {
        return settings.baseUrl() + "/accounts/" + settings.accountId() + "/sites/" + settings.siteId()
                + "/sippeers/" + settings.sipPeerId() + "/tns/" + tn;
    }

    static String body(String tn, String callForward, boolean smsEnabled) {
        StringBuilder sb = new StringBuilder("<SipPeerTelephoneNumber>");
        sb.append("<FullNumber>").append(tn).append("</FullNumber>");
        if (callForward != null) {
            sb.append("<CallForward>").append(callForward).append("</CallForward>");
        }
        sb.append("<MessagingSettings><SmsEnabled>").append(smsEnabled).append("</SmsEnabled></MessagingSettings>");
        return sb.append("</SipPeerTelephoneNumber>").toString();
    }

    public int reprovision(String tn, String callForward, boolean smsEnabled) throws IOException {
        Request request = new Request.Builder()
                .url(tnUrl(tn))
                .header("Authorization", Credentials.basic(settings.username(), settings.password()))
                .put(RequestBody.create(body(tn, callForward, smsEnabled), XML))
                .build();
        try (Response response = http.newCall(request).execute()) {
            return response.code();
        }
    }
}
