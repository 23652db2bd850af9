package net.kestrelcable.provisioning.messaging;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import net.kestrelcable.provisioning.config.DashboardProperties;
import net.kestrelcable.provisioning.dashboard.xml.SipPeerTnPayload;
import net.kestrelcable.provisioning.dashboard.xml.TnOptionOrderPayload;
import net.kestrelcable.provisioning.util.XmlTemplates;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

/**
 * Per-number settings on our SIP peer: SMS on/off, call forwarding, RPID.
 */
@Service
public class SmsEnablementService {

    private static final Logger log = LoggerFactory.getLogger(SmsEnablementService.class);

    static final String SIPPEER_TN = "/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}";

    private final RestClient restClient;
    private final DashboardProperties props;
    private final XmlTemplates templates;
    private final Clock clock;

    public SmsEnablementService(@Qualifier("dashboardRestClient") RestClient restClient,
                                DashboardProperties props,
                                XmlTemplates templates,
                                Clock clock) {
        this.restClient = restClient;
        this.props = props;
        this.templates = templates;
        this.clock = clock;
    }

    public void enableSms(String tn) {
        String body = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <MessagingSettings>
                    <SmsEnabled>true</SmsEnabled>
                  </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn);
        put(tn, body);
        log.info("SMS enabled on {}", tn);
    }

    public void disableSms(String tn) {
        put(tn, SipPeerTnPayload.sms(tn, false));
        log.info("SMS disabled on {}", tn);
    }

    public void updateCallForward(String tn, String forwardTo) {
        put(tn, SipPeerTnPayload.callForward(tn, forwardTo));
    }

    public void updateRpid(String tn) {
        put(tn, SipPeerTnPayload.rpid(tn, "e164"));
    }

    /**
     * Business migration: SMS for every number of a customer, from templates/sippeer-tn-sms.xml.
     */
    public void bulkEnable(List<String> tns) {
        for (String tn : tns) {
            put(tn, templates.render("templates/sippeer-tn-sms.xml", Map.of("tn", tn)));
        }
    }

    /**
     * Moves numbers onto our SIP peer and turns SMS on in the same request.
     */
    public void addToPeerWithSms(List<String> tns) {
        StringBuilder xml = new StringBuilder("<SipPeerTelephoneNumbers>");
        for (String tn : tns) {
            xml.append("<SipPeerTelephoneNumber>")
                    .append("<FullNumber>").append(tn).append("</FullNumber>")
                    .append("<SmsSettings><SmsEnabled>true</SmsEnabled></SmsSettings>")
                    .append("</SipPeerTelephoneNumber>");
        }
        xml.append("</SipPeerTelephoneNumbers>");
        restClient.post()
                .uri("/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns",
                        props.accountId(), props.siteId(), props.sipPeerId())
                .contentType(MediaType.APPLICATION_XML)
                .body(xml.toString())
                .retrieve()
                .toBodilessEntity();
    }

    /**
     * A2P campaign assignment has to go through a TN option order.
     */
    public String assignCampaign(List<String> tns, String campaignId) {
        TnOptionOrderPayload order = new TnOptionOrderPayload("A2P-" + clock.millis(), List.of(
                new TnOptionOrderPayload.Group("on", null, new TnOptionOrderPayload.A2pSettings(campaignId, "asSpecified"), tns)));
        return restClient.post()
                .uri("/accounts/{accountId}/tnoptions", props.accountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(order)
                .retrieve()
                .body(String.class);
    }

    private void put(String tn, Object body) {
        restClient.put()
                .uri(SIPPEER_TN, props.accountId(), props.siteId(), props.sipPeerId(), tn)
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }
}
