package net.kestrelvoice.numbering.dashboard.client;

import org.apache.cxf.jaxrs.client.WebClient;

import net.kestrelvoice.numbering.config.DashboardSettings;
import net.kestrelvoice.numbering.config.WebClientFactory;

/**
 * Raw-XML access to per-number settings on our SIP peer. Predates the JAXB models; kept
 * because the NOC scripts call {@link #setSms(String, boolean)} directly.
 */
public class SipPeerTnClient {

    /** The NOC's smoke-test line, provisioned on every peer. */
    public static final String SMOKE_TEST_TN = "9192760411";

    private static final String SMS_TEMPLATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <SipPeerTelephoneNumber>
              <FullNumber>%s</FullNumber>
              <MessagingSettings>
                <SmsEnabled>%s</SmsEnabled>
              </MessagingSettings>
            </SipPeerTelephoneNumber>
            """;

    private static final String RPID_TEMPLATE = """
            <SipPeerTelephoneNumber>
              <FullNumber>%s</FullNumber>
              <RPIDFormat>e164</RPIDFormat>
              <RewriteUser>%s</RewriteUser>
            </SipPeerTelephoneNumber>
            """;

    private final WebClientFactory clients;
    private final DashboardSettings settings;

    public SipPeerTnClient(WebClientFactory clients) {
        this.clients = clients;
        this.settings = clients.settings();
    }

    private WebClient tn(String tn) {
        return clients.account()
                .path("sites").path(settings.getSiteId())
                .path("sippeers").path(settings.getSipPeerId())
                .path("tns").path(tn);
    }

    /** Turns SMS on or off for a number on the peer. */
    public void setSms(String tn, boolean enabled) {
        String body = SMS_TEMPLATE.formatted(tn, enabled);
        Responses.ok("sms toggle " + tn, tn(tn).put(body));
    }

    /** Rewrites the RPID user part (no messaging involved). */
    public void setRpid(String tn, String rewriteUser) {
        Responses.ok("rpid " + tn, tn(tn).put(RPID_TEMPLATE.formatted(tn, rewriteUser)));
    }

    /** Used by the nightly smoke test: SMS off on the NOC line, then back on. */
    public void smokeTestSmsToggle() {
        StringBuilder xml = new StringBuilder("<SipPeerTelephoneNumber>")
                .append("<FullNumber>").append(SMOKE_TEST_TN).append("</FullNumber>")
                .append("<MessagingSettings><SmsEnabled>")
                .append(false)
                .append("</SmsEnabled></MessagingSettings>")
                .append("</SipPeerTelephoneNumber>");
        Responses.ok("smoke sms off", tn(SMOKE_TEST_TN).put(xml.toString()));
        setSms(SMOKE_TEST_TN, true);
    }

    public String read(String tn) {
        return tn(tn).get(String.class);
    }

    /** Reads the smoke-test line's settings from the peer. */
    public String readSmokeTestLine() {
        return clients.account()
                .path("sites/{site}/sippeers/{peer}/tns/9192760411", settings.getSiteId(), settings.getSipPeerId())
                .get(String.class);
    }
}
