package com.bluepinenet.cdrpipeline.dashboard;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.bluepinenet.cdrpipeline.config.DashboardEndpoints;
import com.bluepinenet.cdrpipeline.config.DashboardProperties;
import org.springframework.stereotype.Component;

/** Per-number settings on our SIP peer (location) in the Dashboard, and TN option orders. */
@Component
public class SipPeerTnClient {

    /** Used by the churn job: messaging goes off before the disconnect order. */
    private static final String SMS_OFF = "<SipPeerTelephoneNumber><FullNumber>%s</FullNumber>"
            + "<MessagingSettings><SmsEnabled>false</SmsEnabled></MessagingSettings></SipPeerTelephoneNumber>";

    private final DashboardHttpClient client;
    private final DashboardProperties props;
    private final XmlTemplates templates;

    public SipPeerTnClient(DashboardHttpClient client, DashboardProperties props, XmlTemplates templates) {
        this.client = client;
        this.props = props;
        this.templates = templates;
    }

    public CompletableFuture<String> enableSms(String tn) {
        String body = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <MessagingSettings>
                    <SmsEnabled>true</SmsEnabled>
                  </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn);
        return client.putXml(path(tn), body);
    }

    public CompletableFuture<String> setMessaging(String tn, boolean enabled, String callForward) {
        StringBuilder body = new StringBuilder("<SipPeerTelephoneNumber>")
                .append("<FullNumber>").append(tn).append("</FullNumber>");
        if (callForward != null) {
            body.append("<CallForward>").append(callForward).append("</CallForward>");
        }
        body.append("<MessagingSettings><SmsEnabled>").append(enabled).append("</SmsEnabled></MessagingSettings>");
        body.append("</SipPeerTelephoneNumber>");
        return client.putXml(path(tn), body.toString());
    }

    public CompletableFuture<String> disableSms(String tn) {
        return client.putXml(path(tn), SMS_OFF.formatted(tn));
    }

    public CompletableFuture<String> disableSmsFromTemplate(String tn) {
        String body = templates.render("sippeer-tn-sms.xml", Map.of("tn", tn, "smsEnabled", "false"));
        return client.putXml(path(tn), body);
    }

    public CompletableFuture<String> setCallForward(String tn, String forwardTo) {
        String body = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <CallForward>%s</CallForward>
                  <RPIDFormat>e164</RPIDFormat>
                </SipPeerTelephoneNumber>
                """.formatted(tn, forwardTo);
        return client.putXml(path(tn), body);
    }

    /** SMS on/off for a batch of numbers through a TN option order. */
    public CompletableFuture<String> setSmsOption(String customerOrderId, List<String> tns, boolean on) {
        String numbers = tns.stream()
                .map(tn -> "        <TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining("\n"));
        String body = """
                <TnOptionOrder>
                  <CustomerOrderId>%s</CustomerOrderId>
                  <TnOptionGroups>
                    <TnOptionGroup>
                      <Sms>%s</Sms>
                      <TelephoneNumbers>
                %s
                      </TelephoneNumbers>
                    </TnOptionGroup>
                  </TnOptionGroups>
                </TnOptionOrder>
                """.formatted(customerOrderId, on ? "on" : "off", numbers);
        return client.postXml(String.format(DashboardEndpoints.TN_OPTIONS, props.getAccountId()), body);
    }

    public CompletableFuture<String> getSettings(String tn) {
        return client.get(path(tn));
    }

    private String path(String tn) {
        return DashboardPaths.sipPeerTn(props.getAccountId(), props.getSiteId(), props.getSipPeerId(), tn);
    }
}
