package net.tallgrasstel.backoffice.provisioning;

import io.reactivex.rxjava3.core.Completable;
import java.io.IOException;
import java.util.Map;
import net.tallgrasstel.backoffice.common.Templates;
import net.tallgrasstel.backoffice.dashboard.DashboardUrls;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Per-number settings on our SIP peer (location): call forwarding, caller id format, SMS. */
public class SipPeerTnClient {

    private static final MediaType XML = MediaType.get("application/xml; charset=utf-8");

    private static final String TN_WITH_SMS = """
            <SipPeerTelephoneNumber>
              <FullNumber>%s</FullNumber>
              <CallForward>%s</CallForward>
              <MessagingSettings>
                <SmsEnabled>%s</SmsEnabled>
              </MessagingSettings>
            </SipPeerTelephoneNumber>
            """;

    private static final String TN_VOICE_ONLY = """
            <SipPeerTelephoneNumber>
              <FullNumber>%s</FullNumber>
              <CallForward>%s</CallForward>
              <RPIDFormat>e164</RPIDFormat>
            </SipPeerTelephoneNumber>
            """;

    private final OkHttpClient http;
    private final String baseUrl;
    private final String accountId;
    private final String siteId;
    private final String peerId;

    public SipPeerTnClient(OkHttpClient http, String baseUrl, String accountId, String siteId, String peerId) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.siteId = siteId;
        this.peerId = peerId;
    }

    /** Turns SMS on or off while keeping the number's forwarding target. */
    public Completable setSms(String tn, String callForward, boolean enabled) {
        return put(tn, TN_WITH_SMS.formatted(tn, callForward, enabled));
    }

    public Completable setCallForward(String tn, String callForward) {
        return put(tn, TN_VOICE_ONLY.formatted(tn, callForward));
    }

    /** Same as {@link #setSms} but from the template the provisioning UI edits. */
    public Completable setSmsFromTemplate(String tn, String callForward, boolean enabled) {
        String body = Templates.fill(Templates.load("templates/sippeer-tn-sms.xml"), Map.of(
                "fullNumber", tn,
                "callForward", callForward,
                "smsEnabled", String.valueOf(enabled)));
        return put(tn, body);
    }

    /** Quick toggle used by the support tool; no forwarding change. */
    public Completable toggleSms(String tn, boolean on) {
        String body = "<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber>"
                + "<MessagingSettings><SmsEnabled>" + on + "</SmsEnabled></MessagingSettings>"
                + "</SipPeerTelephoneNumber>";
        return put(tn, body);
    }

    /** The lab trunk's main number always has SMS on, for the messaging regression suite. */
    public Completable labTrunkSmsOn() {
        return setSms("9135550160",
                "9135550169",
                true);
    }

    private Completable put(String tn, String xml) {
        return Completable.fromAction(() -> {
            Request request = new Request.Builder()
                    .url(DashboardUrls.sipPeerTnUrl(baseUrl, accountId, siteId, peerId, tn))
                    .put(RequestBody.create(xml, XML))
                    .build();
            try (Response response = http.newCall(request).execute()) {
                if (!response.isSuccessful()) {
                    throw new IOException("TN update for " + tn + " failed: " + response.code());
                }
            }
        });
    }
}
