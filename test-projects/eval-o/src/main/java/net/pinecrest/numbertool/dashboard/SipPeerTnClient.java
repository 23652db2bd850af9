package net.pinecrest.numbertool.dashboard;

import net.pinecrest.numbertool.config.DashboardUrls;
import net.pinecrest.numbertool.config.ToolConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Per-number settings on the SIP peer the number routes to. Raw XML because the SDK model for
 * {@code SipPeerTelephoneNumber} has no messaging element.
 */
public class SipPeerTnClient {

    private static final Logger log = LoggerFactory.getLogger(SipPeerTnClient.class);

    private static final String TN_URL = "%s/v1.0/accounts/%s/sites/%s/sippeers/%s/tns/%s";

    private static final String SMS_BODY = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <SipPeerTelephoneNumber>
                <FullNumber>%s</FullNumber>
                <MessagingSettings>
                    <SmsEnabled>%s</SmsEnabled>
                </MessagingSettings>
            </SipPeerTelephoneNumber>
            """;

    private static final String FORWARD_BODY = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <SipPeerTelephoneNumber>
                <FullNumber>%s</FullNumber>
                <CallForward>%s</CallForward>
                <RPIDFormat>e164</RPIDFormat>
            </SipPeerTelephoneNumber>
            """;

    private final DashboardHttpClient http;
    private final ToolConfig config;

    public SipPeerTnClient(DashboardHttpClient http, ToolConfig config) {
        this.http = http;
        this.config = config;
    }

    String url(String tn) {
        return String.format(TN_URL, DashboardUrls.SDK_HOST, config.accountId(), config.siteId(),
                config.sipPeerId(), tn);
    }

    public void setSms(String tn, boolean enabled) throws IOException {
        http.putXml(url(tn), SMS_BODY.formatted(tn, enabled));
        log.info("SMS {} for {}", enabled ? "enabled" : "disabled", tn);
    }

    public void forward(String tn, String forwardTo) throws IOException {
        http.putXml(url(tn), FORWARD_BODY.formatted(tn, forwardTo));
    }

    /** Rendered from the resource template, for the bulk job that also sets the campaign. */
    public void setSmsFromTemplate(String tn, boolean enabled) throws IOException {
        String xml = net.pinecrest.numbertool.dashboard.xml.TemplateRenderer.render("sippeer-tn-sms.xml",
                java.util.Map.of("tn", tn, "enabled", String.valueOf(enabled)), null);
        http.putXml(url(tn), xml);
    }
}
