package net.korvalink.edge.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import net.korvalink.edge.config.DashboardProperties;
import net.korvalink.edge.dashboard.model.SipPeerTnUpdate;

/** Per-number settings on our SIP peers (location). */
@Component
public class SipPeerTnClient {

    private final DashboardHttpClient dashboard;
    private final DashboardProperties props;
    private final XmlMapper xml;

    public SipPeerTnClient(DashboardHttpClient dashboard, DashboardProperties props, XmlMapper xml) {
        this.dashboard = dashboard;
        this.props = props;
        this.xml = xml;
    }

    public String enableMessaging(String siteId, String peerId, String tn) {
        String path = String.format(DashboardEndpoints.SIPPEER_TN, props.getAccountId(), siteId, peerId, tn);
        String body = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <MessagingSettings>
                    <SmsEnabled>true</SmsEnabled>
                  </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn);
        return dashboard.put(path, body);
    }

    public String disableMessaging(String siteId, String peerId, String tn) throws JsonProcessingException {
        SipPeerTnUpdate update = new SipPeerTnUpdate();
        update.setFullNumber(tn);
        update.setMessagingSettings(new SipPeerTnUpdate.MessagingSettings(false));
        return dashboard.put(String.format(DashboardEndpoints.SIPPEER_TN, props.getAccountId(), siteId, peerId, tn),
                xml.writeValueAsString(update));
    }

    public String updateCallForward(String siteId, String peerId, String tn, String forwardTo)
            throws JsonProcessingException {
        SipPeerTnUpdate update = new SipPeerTnUpdate();
        update.setFullNumber(tn);
        update.setCallForward(forwardTo);
        update.setRpidFormat("e164");
        return dashboard.put(String.format(DashboardEndpoints.SIPPEER_TN, props.getAccountId(), siteId, peerId, tn),
                xml.writeValueAsString(update));
    }

    /** Moves numbers onto a peer and switches SMS on or off for all of them in the same request. */
    public String assignWithSms(String siteId, String peerId, List<String> tns, boolean sms) {
        StringBuilder body = new StringBuilder("<SipPeerTelephoneNumbers>");
        for (String tn : tns) {
            body.append("<SipPeerTelephoneNumber>")
                    .append("<FullNumber>").append(tn).append("</FullNumber>")
                    .append("<SmsEnabled>").append(sms).append("</SmsEnabled>")
                    .append("</SipPeerTelephoneNumber>");
        }
        body.append("</SipPeerTelephoneNumbers>");
        return dashboard.post(String.format(DashboardEndpoints.SIPPEER_TNS, props.getAccountId(), siteId, peerId),
                body.toString());
    }

    /** Bulk variant driven by the ops template, one PUT per number. */
    public void applyMessagingTemplate(String siteId, String peerId, List<String> tns) {
        String template = load("templates/iris/sippeer-tn-messaging.xml");
        for (String tn : tns) {
            dashboard.put(String.format(DashboardEndpoints.SIPPEER_TN, props.getAccountId(), siteId, peerId, tn),
                    template.replace("${tn}", tn));
        }
    }

    public String getTn(String siteId, String peerId, String tn) {
        return dashboard.get(String.format(DashboardEndpoints.SIPPEER_TN, props.getAccountId(), siteId, peerId, tn));
    }

    private static String load(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
