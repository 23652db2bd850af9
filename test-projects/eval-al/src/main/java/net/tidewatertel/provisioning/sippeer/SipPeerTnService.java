package net.tidewatertel.provisioning.sippeer;

import java.io.IOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import net.tidewatertel.provisioning.http.DashboardHttpClient;
import net.tidewatertel.provisioning.http.DashboardPaths;
import net.tidewatertel.provisioning.http.HttpResult;
import net.tidewatertel.provisioning.http.XmlSupport;

/** Per-number settings on our SIP peers: forwarding, RPID, and SMS. */
public class SipPeerTnService {

    private static final Logger LOG = LoggerFactory.getLogger(SipPeerTnService.class);

    private final DashboardHttpClient http;
    private final DashboardPaths paths;
    private final String accountId;

    public SipPeerTnService(DashboardHttpClient http, DashboardPaths paths, String accountId) {
        this.http = http;
        this.paths = paths;
        this.accountId = accountId;
    }

    /** Turns SMS on for a number that moved to one of our SMS-capable peers. */
    public HttpResult enableSms(String siteId, String sipPeerId, String tn) throws IOException {
        Document doc = XmlSupport.newDocument("SipPeerTelephoneNumber");
        Element root = doc.getDocumentElement();
        XmlSupport.append(doc, root, "FullNumber", tn);
        Element messaging = doc.createElement("MessagingSettings");
        XmlSupport.append(doc, messaging, "SmsEnabled", "true");
        root.appendChild(messaging);
        return http.put(paths.sipPeerTn(siteId, sipPeerId, tn), XmlSupport.toString(doc));
    }

    public HttpResult disableSms(String siteId, String sipPeerId, String tn) throws IOException {
        String body = "<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber>"
                + "<MessagingSettings><SmsEnabled>false</SmsEnabled></MessagingSettings>"
                + "</SipPeerTelephoneNumber>";
        String path = "/accounts/" + accountId + "/sites/" + siteId + "/sippeers/" + sipPeerId + "/tns/" + tn;
        HttpResult result = http.put(path, body);
        LOG.info("SMS disabled on {}: {}", tn, result.getStatus());
        return result;
    }

    /** Used by the PBX onboarding wizard: forwarding plus SMS in one go. */
    public HttpResult applyPbxProfile(String siteId, String sipPeerId, String tn, String forwardTo) throws IOException {
        SipPeerTnXml settings = new SipPeerTnXml();
        settings.setFullNumber(tn);
        settings.setCallForward(forwardTo);
        settings.setRpidFormat("e164");
        settings.setMessagingSettings(new SipPeerTnXml.MessagingSettings(true));
        return http.put(paths.sipPeerTn(siteId, sipPeerId, tn), XmlSupport.marshal(settings));
    }

    public HttpResult updateCallForward(String siteId, String sipPeerId, String tn, String forwardTo) throws IOException {
        Document doc = XmlSupport.newDocument("SipPeerTelephoneNumber");
        Element root = doc.getDocumentElement();
        XmlSupport.append(doc, root, "FullNumber", tn);
        XmlSupport.append(doc, root, "CallForward", forwardTo);
        return http.put(paths.sipPeerTn(siteId, sipPeerId, tn), XmlSupport.toString(doc));
    }

    public HttpResult setCallingNameDisplay(String siteId, String sipPeerId, String tn, boolean display) throws IOException {
        SipPeerTnXml settings = new SipPeerTnXml();
        settings.setFullNumber(tn);
        settings.setCallingNameDisplay(display ? "on" : "off");
        return http.put(paths.sipPeerTn(siteId, sipPeerId, tn), XmlSupport.marshal(settings));
    }

    public List<String> numbersOnPeer(String siteId, String sipPeerId) throws IOException {
        return XmlSupport.texts(http.get(paths.sipPeerTns(siteId, sipPeerId)).getBody(), "FullNumber");
    }

    public HttpResult moveNumbers(String siteId, String sipPeerId, List<String> numbers) throws IOException {
        StringBuilder body = new StringBuilder("<SipPeerTelephoneNumbers>");
        for (String tn : numbers) {
            body.append("<FullNumber>").append(tn).append("</FullNumber>");
        }
        body.append("</SipPeerTelephoneNumbers>");
        return http.post(paths.sipPeerTns(siteId, sipPeerId).replace("/tns", "/movetns"), body.toString());
    }
}
