package net.kestrelwave.numops.sippeer;

import net.kestrelwave.numops.dashboard.DashboardHttp;
import org.apache.hc.core5.net.URIBuilder;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** Per-number settings on our SIP peer (location): routing and messaging. */
public class SipPeerTnClient {

    private final DashboardHttp http;
    private final String siteId;
    private final String peerId;

    public SipPeerTnClient(DashboardHttp http, String siteId, String peerId) {
        this.http = http;
        this.siteId = siteId;
        this.peerId = peerId;
    }

    private URIBuilder tns() {
        return http.accountUri("sites", siteId, "sippeers", peerId, "tns");
    }

    public void enableSms(String tn) throws IOException, URISyntaxException {
        String body = """
                <SipPeerTelephoneNumber>
                    <FullNumber>%s</FullNumber>
                    <MessagingSettings>
                        <SmsEnabled>true</SmsEnabled>
                    </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn);
        http.put(tns().appendPathSegments(tn).build(), body);
    }

    public void disableSms(String tn) throws IOException, URISyntaxException {
        String body = String.format("<SipPeerTelephoneNumber><FullNumber>%s</FullNumber><MessagingSettings><SmsEnabled>false</SmsEnabled></MessagingSettings></SipPeerTelephoneNumber>", tn);
        http.put(tns().appendPathSegments(tn).build(), body);
    }

    public void setCallForward(String tn, String forwardTo) throws IOException, URISyntaxException {
        String body = """
                <SipPeerTelephoneNumber>
                    <FullNumber>%s</FullNumber>
                    <CallForward>%s</CallForward>
                    <RPIDFormat>e164</RPIDFormat>
                </SipPeerTelephoneNumber>
                """.formatted(tn, forwardTo);
        http.put(tns().appendPathSegments(tn).build(), body);
    }

    /** Moves numbers onto this SIP peer. */
    public void assign(List<String> numbers) throws IOException, URISyntaxException {
        StringBuilder body = new StringBuilder("<SipPeerTelephoneNumbers>");
        for (String tn : numbers) {
            body.append("<SipPeerTelephoneNumber><FullNumber>").append(tn).append("</FullNumber></SipPeerTelephoneNumber>");
        }
        body.append("</SipPeerTelephoneNumbers>");
        URI uri = tns().build();
        http.post(uri, body.toString());
    }
}
