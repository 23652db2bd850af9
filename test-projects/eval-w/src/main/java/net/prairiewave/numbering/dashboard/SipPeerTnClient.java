package net.prairiewave.numbering.dashboard;

import io.helidon.common.http.MediaType;
import net.prairiewave.numbering.dashboard.DashboardHttp.DashboardResponse;
import net.prairiewave.numbering.util.Templates;
import net.prairiewave.numbering.xml.SipPeerTnPayload;
import net.prairiewave.numbering.xml.XmlSupport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;
import java.util.Map;

/** Per-number settings on a SIP peer (call forward, RPID, and historically SMS). */
public class SipPeerTnClient {

    private final DashboardHttp http;
    private final String siteId;
    private final String peerId;

    public SipPeerTnClient(DashboardHttp http, String siteId, String peerId) {
        this.http = http;
        this.siteId = siteId;
        this.peerId = peerId;
    }

    private String tnPath(String tn) {
        return "/accounts/" + http.accountId() + "/sites/" + siteId + "/sippeers/" + peerId + "/tns/" + tn;
    }

    public void setCallForward(String tn, String forwardTo) {
        http.putXml(tnPath(tn), SipPeerTnPayload.routingOnly(tn, forwardTo));
    }

    public void enableSms(String tn) {
        http.putXml(tnPath(tn), SipPeerTnPayload.withMessaging(tn, true));
    }

    public boolean disableSms(String tn) {
        DashboardResponse r = http.exchange(
                http.webClient().put().uri(http.baseUrl() + tnPath(tn)).contentType(MediaType.APPLICATION_XML),
                "<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber>"
                        + "<MessagingSettings><SmsEnabled>false</SmsEnabled></MessagingSettings>"
                        + "</SipPeerTelephoneNumber>");
        return r.ok();
    }

    /** Bulk tool: forward and SMS in one request. */
    public void forwardAndSms(String tn, String forwardTo, boolean sms) {
        http.putXml(tnPath(tn), Templates.render("templates/sippeer-tn-sms.xml",
                Map.of("tn", tn, "forward", forwardTo, "sms", Boolean.toString(sms))));
    }

    /** Month-end clean-up: switch SMS off for every number of a cancelled hosted-SMS contract. */
    public void bulkSms(List<String> tns, boolean on) {
        for (String tn : tns) {
            Document doc = XmlSupport.newDocument();
            Element root = doc.createElement("SipPeerTelephoneNumber");
            doc.appendChild(root);
            XmlSupport.child(doc, root, "FullNumber", tn);
            Element messaging = XmlSupport.child(doc, root, "MessagingSettings", null);
            XmlSupport.child(doc, messaging, "SmsEnabled", Boolean.toString(on));
            http.putXml(tnPath(tn), XmlSupport.toString(doc));
        }
    }
}
