package com.lumenline.provisioning.dashboard;

import java.util.Map;

import com.lumenline.provisioning.config.DashboardProperties;
import com.lumenline.provisioning.constants.DashboardPaths;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * Per-number settings on a SIP peer (location): call forwarding, caller-id rewriting and, for
 * the SMS product, the messaging flag.
 */
@Component
public class SipPeerTnClient {

    private static final String TN_ROUTING_BODY = """
            <SipPeerTelephoneNumber>
                <FullNumber>%s</FullNumber>
                <CallForward>%s</CallForward>
                <RPIDFormat>e164</RPIDFormat>
            </SipPeerTelephoneNumber>
            """;

    private static final String TN_MESSAGING_BODY = """
            <SipPeerTelephoneNumber>
                <FullNumber>%s</FullNumber>
                <MessagingSettings>
                    <SmsEnabled>%s</SmsEnabled>
                </MessagingSettings>
            </SipPeerTelephoneNumber>
            """;

    private final RestTemplate restTemplate;
    private final DashboardProperties props;
    private final XmlTemplateLoader templates;

    public SipPeerTnClient(@Qualifier("dashboardRestTemplate") RestTemplate restTemplate,
                           DashboardProperties props, XmlTemplateLoader templates) {
        this.restTemplate = restTemplate;
        this.props = props;
        this.templates = templates;
    }

    /** Forward calls for a number to another destination. */
    public void setCallForward(String siteId, String sipPeerId, String tn, String forwardTo) {
        put(siteId, sipPeerId, tn, TN_ROUTING_BODY.formatted(tn, forwardTo));
    }

    /** Turns SMS on or off for a number on its location. */
    public void setSmsEnabled(String siteId, String sipPeerId, String tn, boolean enabled) {
        put(siteId, sipPeerId, tn, TN_MESSAGING_BODY.formatted(tn, enabled));
    }

    /** Full update from the onboarding wizard, rendered from templates/sippeer-tn-update.xml. */
    public void applyOnboardingProfile(String siteId, String sipPeerId, String tn, String callingName) {
        String body = templates.render("sippeer-tn-update.xml", Map.of(
                "fullNumber", tn,
                "callingNameDisplay", callingName,
                "smsEnabled", "true"));
        put(siteId, sipPeerId, tn, body);
    }

    private void put(String siteId, String sipPeerId, String tn, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        restTemplate.exchange(DashboardPaths.SIP_PEER_TN, HttpMethod.PUT, new HttpEntity<>(body, headers),
                Void.class, props.accountId(), siteId, sipPeerId, tn);
    }
}
