package io.northstarvoice.toolkit.iris;

import io.northstarvoice.toolkit.config.ToolkitConfig;
import io.northstarvoice.toolkit.http.HttpTransport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Per-number settings on our SIP peer (location): call forwarding, RPID and SMS. */
public class SipPeerTnService extends DashboardClient {

    private final String siteId;
    private final String sipPeerId;

    public SipPeerTnService(HttpTransport transport, ToolkitConfig config) {
        super(transport, config);
        this.siteId = config.siteId();
        this.sipPeerId = config.sipPeerId();
    }

    private String tnPath(String tn) {
        return String.format(IrisEndpoints.SIPPEER_TN, accountId, siteId, sipPeerId, tn);
    }

    public void setSmsEnabled(String tn, boolean enabled) {
        String body = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <MessagingSettings>
                    <SmsEnabled>%s</SmsEnabled>
                  </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn, enabled);
        putXml(tnPath(tn), body);
    }

    public void forwardTo(String tn, String forwardTo) {
        String body = template("/payloads/sippeer-tn-forward.xml")
                .replace("{tn}", tn)
                .replace("{forwardTo}", forwardTo);
        putXml(tnPath(tn), body);
    }

    public String settingsXml(String tn) {
        return get(tnPath(tn)).body();
    }

    private static String template(String resource) {
        try (InputStream in = SipPeerTnService.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
