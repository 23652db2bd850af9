package net.larkspurtel.provisioning.service;

import com.google.api.client.http.GenericUrl;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import net.larkspurtel.provisioning.config.DashboardSettings;
import net.larkspurtel.provisioning.http.DashboardClient;
import net.larkspurtel.provisioning.http.DashboardPaths;
import net.larkspurtel.provisioning.http.XmlSupport;
import net.larkspurtel.provisioning.model.SipPeerTelephoneNumberXml;

/** Per-number settings on our SIP peer (location). */
public class SipPeerTnService {

    private final DashboardClient dashboard;
    private final DashboardSettings settings;
    private final PayloadTemplates templates;

    public SipPeerTnService(DashboardClient dashboard, PayloadTemplates templates) {
        this.dashboard = dashboard;
        this.settings = dashboard.settings();
        this.templates = templates;
    }

    public void forwardCalls(String tn, String forwardTo) throws IOException {
        SipPeerTelephoneNumberXml body = new SipPeerTelephoneNumberXml();
        body.fullNumber = tn;
        body.callForward = forwardTo;
        body.rpidFormat = "e164";
        put(tn, body);
    }

    public void setSms(String tn, boolean enabled) throws IOException {
        SipPeerTelephoneNumberXml body = new SipPeerTelephoneNumberXml();
        body.fullNumber = tn;
        body.messagingSettings = new SipPeerTelephoneNumberXml.MessagingSettings(enabled);
        put(tn, body);
    }

    /** Used by the nightly clean-up of cancelled accounts. */
    public void disableSms(List<String> tns) throws IOException {
        for (String tn : tns) {
            String xml = """
                    <SipPeerTelephoneNumber>
                      <FullNumber>%s</FullNumber>
                      <MessagingSettings>
                        <SmsEnabled>false</SmsEnabled>
                      </MessagingSettings>
                    </SipPeerTelephoneNumber>
                    """.formatted(tn);
            dashboard.putXml(tnUrl(tn), xml);
        }
    }

    /** Undo of {@link #disableSms} when a cancelled account is reinstated. */
    public void restoreSms(List<String> tns) throws IOException {
        for (String tn : tns) {
            String xml = "<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber>"
                    + "<SmsSettings><SmsEnabled>true</SmsEnabled></SmsSettings>"
                    + "</SipPeerTelephoneNumber>";
            dashboard.putXml(tnUrl(tn), xml);
        }
    }

    /** Same as {@link #setSms} but driven by the ops template, for the runbook function. */
    public void setSmsFromTemplate(String tn, boolean enabled) throws IOException {
        String xml = templates.render("sippeer-tn-sms.xml", Map.of("tn", tn, "enabled", String.valueOf(enabled)));
        dashboard.putXml(tnUrl(tn), xml);
    }

    public String read(String tn) throws IOException {
        return dashboard.getRaw(tnUrl(tn));
    }

    private void put(String tn, SipPeerTelephoneNumberXml body) throws IOException {
        dashboard.putXml(tnUrl(tn), XmlSupport.write(body));
    }

    private GenericUrl tnUrl(String tn) {
        return dashboard.account()
                .segments(DashboardPaths.SITES, settings.siteId(), DashboardPaths.SIPPEERS, settings.sipPeerId(),
                        DashboardPaths.TNS, tn)
                .build();
    }
}
