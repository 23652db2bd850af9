package com.tallgrassvoice.portwell.dashboard;

import com.tallgrassvoice.portwell.templates.TemplateRenderer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per-number settings on our SIP peer (location). */
public class SipPeerTnUpdater {

    private final DashboardHttp http;
    private final TemplateRenderer templates;
    private final String siteId;
    private final String peerId;

    public SipPeerTnUpdater(DashboardHttp http, TemplateRenderer templates, String siteId, String peerId) {
        this.http = http;
        this.templates = templates;
        this.siteId = siteId;
        this.peerId = peerId;
    }

    /** Turns SMS on or off for one number on the default location. */
    public int setSms(String tn, boolean enabled) {
        String path = "/accounts/%s/sites/%s/sippeers/%s/tns/%s".formatted(http.accountId(), siteId, peerId, tn);
        String body = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <MessagingSettings>
                    <SmsEnabled>%s</SmsEnabled>
                  </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn, enabled);
        return http.put(path, body).statusCode();
    }

    /** Call forwarding only; messaging stays as it is. */
    public int setCallForward(String tn, String forwardTo) {
        String path = "/accounts/%s/sites/%s/sippeers/%s/tns/%s".formatted(http.accountId(), siteId, peerId, tn);
        String body = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <CallForward>%s</CallForward>
                  <RPIDFormat>e164</RPIDFormat>
                </SipPeerTelephoneNumber>
                """.formatted(tn, forwardTo);
        return http.put(path, body).statusCode();
    }

    /** Moves a number to another location and keeps its SMS setting. */
    public int moveKeepingSms(String targetSite, String targetPeer, String tn, boolean sms) {
        Map<String, Object> model = new HashMap<>();
        model.put("tn", tn);
        model.put("sms", sms);
        model.put("rpid", "e164");
        String body = templates.render("sippeer-tn.vm", model);
        String path = http.accountPath("sites", targetSite, "sippeers", targetPeer, "tns", tn);
        return http.put(path, body).statusCode();
    }

    /** Bulk variant for the SMS campaign clean-up. */
    public void disableSms(List<String> tns) {
        for (String tn : tns) {
            StringBuilder xml = new StringBuilder("<SipPeerTelephoneNumber>")
                    .append("<FullNumber>").append(tn).append("</FullNumber>")
                    .append("<SmsSettings><SmsEnabled>false</SmsEnabled></SmsSettings>")
                    .append("</SipPeerTelephoneNumber>");
            http.put(http.accountPath() + "/sites/" + siteId + "/sippeers/" + peerId + "/tns/" + tn, xml.toString());
        }
    }

    /** Re-enables SMS after a port-in completes; the losing carrier's settings are not kept. */
    public int restoreSmsAfterPort(String tn) {
        String body = "<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber>"
                + "<MessagingSettings><SmsEnabled>true</SmsEnabled></MessagingSettings>"
                + "</SipPeerTelephoneNumber>";
        String path = String.format("/accounts/%s/sites/%s/sippeers/%s/tns/%s", http.accountId(), siteId, peerId, tn);
        return http.put(path, body).statusCode();
    }

    /** Reads the settings of one number on the default location. */
    public String get(String tn) {
        return http.get(http.accountPath("sites", siteId, "sippeers", peerId, "tns", tn)).body();
    }
}
