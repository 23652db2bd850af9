package com.harborline.numbering.service;

import com.harborline.numbering.config.DashboardSettings;
import com.harborline.numbering.dashboard.DashboardPaths;
import com.harborline.numbering.dashboard.IrisSipPeerClient;
import com.harborline.numbering.util.HttpSupport;
import com.harborline.numbering.util.XmlTemplates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Per-number location settings: SMS on/off for numbers on the messaging
 * location, call forwarding and caller-id rewrite for voice.
 */
@ApplicationScoped
public class SipPeerTnService {

    static final String SMS_PAYLOAD = """
            <SipPeerTelephoneNumber>
                <FullNumber>%s</FullNumber>
                <MessagingSettings>
                    <SmsEnabled>%s</SmsEnabled>
                </MessagingSettings>
            </SipPeerTelephoneNumber>
            """;

    static final String CALL_FORWARD_PAYLOAD = """
            <SipPeerTelephoneNumber>
                <FullNumber>%s</FullNumber>
                <CallForward>%s</CallForward>
                <RPIDFormat>e164</RPIDFormat>
            </SipPeerTelephoneNumber>
            """;

    private final DashboardSettings settings;
    private final IrisSipPeerClient sipPeers;
    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    public SipPeerTnService(DashboardSettings settings, @RestClient IrisSipPeerClient sipPeers) {
        this.settings = settings;
        this.sipPeers = sipPeers;
    }

    public String smsPayload(String tn, boolean enabled) {
        return SMS_PAYLOAD.formatted(tn, enabled);
    }

    /** Turns SMS on or off for a number on the messaging location. */
    public int setSms(String tn, boolean enabled) {
        try (Response response = sipPeers.updateTn(settings.accountId(), settings.siteId(), settings.sipPeerId(),
                tn, smsPayload(tn, enabled))) {
            return response.getStatus();
        }
    }

    /** Same as {@link #setSms} but also sets the messaging campaign class (10DLC tenants). */
    public int setSmsWithCampaign(String tn, String campaignClass) throws IOException, InterruptedException {
        String body = XmlTemplates.render("sippeer-tn-messaging.xml", Map.of(
                "fullNumber", tn,
                "campaignClass", campaignClass));
        String url = settings.baseUrl()
                + DashboardPaths.sipPeerTn(settings.accountId(), settings.siteId(), settings.sipPeerId(), tn);
        HttpRequest request = HttpSupport.xmlRequest(url, settings.username(), settings.password())
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    public int forwardCalls(String tn, String forwardTo) {
        try (Response response = sipPeers.updateTn(settings.accountId(), settings.siteId(), settings.sipPeerId(),
                tn, CALL_FORWARD_PAYLOAD.formatted(tn, forwardTo))) {
            return response.getStatus();
        }
    }
}
