package net.lumivox.numbering.sippeer;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * Per-number settings on a SIP peer (location) of a site.
 */
public class SipPeerTnClient {

    private final WebTarget account;

    public SipPeerTnClient(WebTarget account) {
        this.account = account;
    }

    public String enableSms(String siteId, String peerId, String tn) {
        String body = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <MessagingSettings>
                    <SmsEnabled>true</SmsEnabled>
                  </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn);
        return account.path("sites").path(siteId)
                .path("sippeers").path(peerId)
                .path("tns").path(tn)
                .request(MediaType.APPLICATION_XML)
                .put(Entity.xml(body), String.class);
    }

    public String disableSms(String siteId, String peerId, String tn) {
        StringBuilder body = new StringBuilder("<SipPeerTelephoneNumber>")
                .append("<FullNumber>").append(tn).append("</FullNumber>")
                .append("<MessagingSettings><SmsEnabled>false</SmsEnabled></MessagingSettings>")
                .append("</SipPeerTelephoneNumber>");
        return account.path("sites/{site}/sippeers/{peer}/tns/{tn}")
                .resolveTemplate("site", siteId)
                .resolveTemplate("peer", peerId)
                .resolveTemplate("tn", tn)
                .request(MediaType.APPLICATION_XML)
                .put(Entity.xml(body.toString()), String.class);
    }

    public String setCallForward(String siteId, String peerId, String tn, String forwardTo) {
        String body = "<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber><CallForward>" + forwardTo
                + "</CallForward></SipPeerTelephoneNumber>";
        return account.path("sites").path(siteId).path("sippeers").path(peerId).path("tns").path(tn)
                .request(MediaType.APPLICATION_XML)
                .put(Entity.xml(body), String.class);
    }

    public String setCallerIdFormat(String siteId, String peerId, String tn) {
        String body = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <RPIDFormat>e164</RPIDFormat>
                  <RewriteUser>lumivox</RewriteUser>
                </SipPeerTelephoneNumber>
                """.formatted(tn);
        return account.path("sites").path(siteId).path("sippeers").path(peerId).path("tns").path(tn)
                .request(MediaType.APPLICATION_XML)
                .put(Entity.xml(body), String.class);
    }

    /** Numbers moved onto the peer of the new Atlanta POP, keeping SMS on. */
    public String addToPeerWithSms(String siteId, String peerId, List<String> tns) {
        StringBuilder body = new StringBuilder("<SipPeerTelephoneNumbers>");
        for (String tn : tns) {
            body.append("<SipPeerTelephoneNumber><FullNumber>").append(tn).append("</FullNumber>")
                    .append("<Sms>true</Sms>")
                    .append("</SipPeerTelephoneNumber>");
        }
        body.append("</SipPeerTelephoneNumbers>");
        return account.path("sites").path(siteId).path("sippeers").path(peerId).path("tns")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(body.toString()), String.class);
    }

    public String moveTns(String siteId, String peerId, List<String> tns) {
        StringBuilder body = new StringBuilder("<SipPeerTelephoneNumbers>");
        tns.forEach(tn -> body.append("<FullNumber>").append(tn).append("</FullNumber>"));
        body.append("</SipPeerTelephoneNumbers>");
        return account.path("sites").path(siteId).path("sippeers").path(peerId).path("movetns")
                .request(MediaType.APPLICATION_XML)
                .post(Entity.xml(body.toString()), String.class);
    }
}
