package org.harborline.provisioning.http;

import java.io.IOException;

/**
 * Per-number settings on a SIP peer (location). Messaging toggling was added here in 2019
 * because the SDK's SipPeerTelephoneNumber had no messaging element.
 */
public class SipPeerTnUpdater extends AbstractIrisResource {

    public SipPeerTnUpdater(IrisHttpClient http, String accountId) {
        super(http, accountId);
    }

    @Override
    protected String resourcePath() {
        return "sites";
    }

    private String tnUrl(String siteId, String peerId, String tn) {
        return buildUrl(siteId, "sippeers", peerId, "tns", tn);
    }

    public String setSmsEnabled(String siteId, String peerId, String tn, boolean enabled) throws IOException {
        String body = String.format(
                "<SipPeerTelephoneNumber><FullNumber>%s</FullNumber>"
                + "<MessagingSettings><SmsEnabled>%s</SmsEnabled></MessagingSettings>"
                + "</SipPeerTelephoneNumber>", tn, enabled);
        return http.put(baseUrl + "/accounts/" + accountId + "/sites/" + siteId + "/sippeers/" + peerId + "/tns/" + tn, body);
    }

    public String setCallForward(String siteId, String peerId, String tn, String forwardTo) throws IOException {
        String body = "<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber>"
                + "<CallForward>" + forwardTo + "</CallForward></SipPeerTelephoneNumber>";
        return http.put(tnUrl(siteId, peerId, tn), body);
    }
}
