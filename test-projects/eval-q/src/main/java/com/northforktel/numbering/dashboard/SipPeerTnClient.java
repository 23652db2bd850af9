package com.northforktel.numbering.dashboard;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northforktel.numbering.config.DashboardSettings;
import com.northforktel.numbering.dashboard.model.SipPeerTnPayload;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;

/**
 * Per-number settings on our SIP peer: call forwarding, caller-id format and SMS.
 */
@Singleton
public class SipPeerTnClient {

    private static final String SMS_TOGGLE = """
            <SipPeerTelephoneNumber>
              <FullNumber>%s</FullNumber>
              <MessagingSettings>
                <SmsEnabled>%s</SmsEnabled>
              </MessagingSettings>
            </SipPeerTelephoneNumber>
            """;

    private final DashboardHttp http;
    private final XmlCodec xml;
    private final DashboardSettings settings;

    @Inject
    public SipPeerTnClient(DashboardHttp http, XmlCodec xml, DashboardSettings settings) {
        this.http = http;
        this.xml = xml;
        this.settings = settings;
    }

    private String tnUrl(String tn) {
        return http.url(DashboardPaths.SIPPEER_TN, settings.siteId(), settings.sipPeerId(), tn);
    }

    public Future<Void> setSms(String tn, boolean enabled) {
        SipPeerTnPayload payload = new SipPeerTnPayload();
        payload.setFullNumber(tn);
        payload.setMessagingSettings(new SipPeerTnPayload.MessagingSettings(enabled));
        return http.sendXml(http.put(tnUrl(tn)), xml.write(payload)).mapEmpty();
    }

    public Future<Void> setCallForward(String tn, String forwardTo) {
        SipPeerTnPayload payload = new SipPeerTnPayload();
        payload.setFullNumber(tn);
        payload.setCallForward(forwardTo);
        payload.setRpidFormat("e164");
        return http.sendXml(http.put(tnUrl(tn)), xml.write(payload)).mapEmpty();
    }

    /** Ops console: switch SMS for a batch of numbers in one go. */
    public Future<Void> setSmsBulk(List<String> tns, boolean enabled) {
        List<Future<String>> calls = tns.stream()
                .map(tn -> http.sendXml(http.put(tnUrl(tn)), SMS_TOGGLE.formatted(tn, enabled)))
                .toList();
        return Future.all(calls).mapEmpty();
    }

    /** Full provisioning of a freshly activated number from templates/sippeer-tn-update.xml. */
    public Future<Void> provision(String tn, String forwardTo, boolean sms) {
        String body = Templates.render("templates/sippeer-tn-update.xml", Map.of(
                "fullNumber", tn,
                "callForward", forwardTo == null ? "" : forwardTo,
                "smsEnabled", String.valueOf(sms)));
        return http.sendXml(http.put(tnUrl(tn)), body).mapEmpty();
    }

    public Future<SipPeerTnPayload> get(String tn) {
        return http.send(http.get(tnUrl(tn))).map(body -> xml.read(body, SipPeerTnPayload.class));
    }
}
