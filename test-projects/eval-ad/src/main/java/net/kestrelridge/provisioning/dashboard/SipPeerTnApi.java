package net.kestrelridge.provisioning.dashboard;

import java.net.URI;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.config.DashboardSettings;
import net.kestrelridge.provisioning.dashboard.xml.SipPeerTnSettings;
import net.kestrelridge.provisioning.dashboard.xml.XmlMappers;

/**
 * Per-number settings on our SIP peer: call forwarding, caller-id presentation and SMS.
 */
@Singleton
public class SipPeerTnApi {

    private final DashboardHttpClient client;
    private final DashboardUris uris;
    private final DashboardSettings settings;
    private final TemplateRenderer templates;

    @Inject
    public SipPeerTnApi(DashboardHttpClient client, DashboardUris uris, DashboardSettings settings,
                        TemplateRenderer templates) {
        this.client = client;
        this.uris = uris;
        this.settings = settings;
        this.templates = templates;
    }

    private URI tnUri(String tn) {
        return uris.account("sites", Integer.toString(settings.siteId()),
                "sippeers", Integer.toString(settings.sipPeerId()), "tns", tn);
    }

    /** Turns SMS on or off for a number that is already on our SIP peer. */
    public void setSms(String tn, boolean enabled) {
        String body = """
                <SipPeerTelephoneNumber>
                    <FullNumber>%s</FullNumber>
                    <MessagingSettings>
                        <SmsEnabled>%s</SmsEnabled>
                    </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn, enabled);
        client.put(tnUri(tn), body);
    }

    /** Call forwarding and caller-id settings; SMS is left as it is. */
    public void updateRouting(String tn, String callForward, String rpidFormat) {
        SipPeerTnSettings s = new SipPeerTnSettings();
        s.fullNumber = tn;
        s.callForward = callForward;
        s.rpidFormat = rpidFormat;
        s.numberFormat = "10digit";
        client.put(tnUri(tn), XmlMappers.write(s));
    }

    /** Used when a hosted-messaging number moves onto our peer: routing and SMS in one request. */
    public void applyOnboarding(String tn, String callForward, boolean sms) {
        SipPeerTnSettings s = new SipPeerTnSettings();
        s.fullNumber = tn;
        s.callForward = callForward;
        s.messagingSettings = new SipPeerTnSettings.MessagingSettings(sms);
        client.put(tnUri(tn), XmlMappers.write(s));
    }

    /** Adds numbers to our peer with SMS already switched on (hosted-messaging onboarding). */
    public void addNumbersWithSms(List<String> tns) {
        StringBuilder xml = new StringBuilder("<SipPeerTelephoneNumbers>");
        for (String tn : tns) {
            xml.append("<SipPeerTelephoneNumber><FullNumber>").append(tn).append("</FullNumber>")
                    .append("<SmsSettings><SmsEnabled>true</SmsEnabled></SmsSettings>")
                    .append("</SipPeerTelephoneNumber>");
        }
        xml.append("</SipPeerTelephoneNumbers>");
        client.post(uris.account("sites", Integer.toString(settings.siteId()),
                "sippeers", Integer.toString(settings.sipPeerId()), "tns"), xml.toString());
    }

    /** Bulk variant driven by the ops CLI; the body comes from templates/sippeer-tn-messaging.xml. */
    public void applyFromTemplate(String tn, String callForward, boolean sms) {
        String body = templates.render("sippeer-tn-messaging.xml",
                Map.of("fullNumber", tn, "callForward", callForward, "smsEnabled", sms));
        client.put(tnUri(tn), body);
    }

    public SipPeerTnSettings get(String tn) {
        return XmlMappers.read(client.get(tnUri(tn)), SipPeerTnSettings.class);
    }
}
