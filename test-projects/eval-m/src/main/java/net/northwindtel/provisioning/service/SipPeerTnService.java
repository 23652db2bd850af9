package net.northwindtel.provisioning.service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import net.northwindtel.provisioning.client.exchange.SipPeerTnClient;
import net.northwindtel.provisioning.config.DashboardProperties;
import net.northwindtel.provisioning.dashboard.DashboardPaths;
import net.northwindtel.provisioning.model.dashboard.SipPeerTnUpdate;
import net.northwindtel.provisioning.model.dashboard.SipPeerTnUpdate.MessagingSettings;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Per-number settings on a SIP peer (location): call forwarding, caller-id format, texting.
 */
@Service
public class SipPeerTnService {

    private static final String SMS_SETTINGS_XML = """
            <SipPeerTelephoneNumber>
                <FullNumber>%s</FullNumber>
                <MessagingSettings>
                    <SmsEnabled>%s</SmsEnabled>
                </MessagingSettings>
            </SipPeerTelephoneNumber>
            """;

    private final RestClient restClient;
    private final SipPeerTnClient sipPeerTnClient;
    private final IrisClient irisClient;
    private final DashboardProperties dashboard;

    public SipPeerTnService(@Qualifier("dashboardRestClient") RestClient restClient,
                            SipPeerTnClient sipPeerTnClient,
                            IrisClient irisClient,
                            DashboardProperties dashboard) {
        this.restClient = restClient;
        this.sipPeerTnClient = sipPeerTnClient;
        this.irisClient = irisClient;
        this.dashboard = dashboard;
    }

    public void setSms(String tn, boolean enabled) {
        restClient.put()
                .uri(DashboardPaths.SIPPEER_TN, dashboard.getAccountId(), dashboard.getDefaultSiteId(),
                        dashboard.getDefaultSipPeerId(), tn)
                .contentType(MediaType.APPLICATION_XML)
                .body(SMS_SETTINGS_XML.formatted(tn, enabled))
                .retrieve()
                .toBodilessEntity();
    }

    /** Used by the porting flow: the template also sets the campaign-ready RPID format. */
    public void enableSmsFromTemplate(String siteId, String sipPeerId, String tn) {
        String body = template("templates/sippeer-tn-messaging.xml").replace("${tn}", tn);
        restClient.put()
                .uri("/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}",
                        dashboard.getAccountId(), siteId, sipPeerId, tn)
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    /** Moves a number to another location and keeps texting on. */
    public void moveWithMessaging(String tn, String siteId, String sipPeerId) {
        SipPeerTnUpdate update = SipPeerTnUpdate.builder()
                .fullNumber(tn)
                .messagingSettings(new MessagingSettings(true))
                .build();
        sipPeerTnClient.update(dashboard.getAccountId(), siteId, sipPeerId, tn, update);
    }

    public void forwardCalls(String tn, String forwardTo) {
        SipPeerTnUpdate update = SipPeerTnUpdate.builder()
                .fullNumber(tn)
                .callForward(forwardTo)
                .build();
        sipPeerTnClient.update(dashboard.getAccountId(), dashboard.getDefaultSiteId(),
                dashboard.getDefaultSipPeerId(), tn, update);
    }

    public void useE164CallerId(String tn) throws Exception {
        SipPeer peer = SipPeer.get(irisClient, dashboard.getDefaultSiteId(), dashboard.getDefaultSipPeerId());
        SipPeerTelephoneNumber settings = new SipPeerTelephoneNumber();
        settings.setFullNumber(tn);
        settings.setrPIDFormat("e164");
        settings.setRewriteUser("true");
        peer.updateTn(settings);
    }

    private static String template(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
