package net.kestrelwave.provisioning.service;

import net.kestrelwave.provisioning.api.ProvisioningApi.SmsToggleRequest;
import net.kestrelwave.provisioning.api.ProvisioningApi.SmsToggleResponse;
import net.kestrelwave.provisioning.config.EnvironmentConfig;
import net.kestrelwave.provisioning.dashboard.DashboardHttpClient;
import net.kestrelwave.provisioning.dashboard.DashboardOperation;
import net.kestrelwave.provisioning.dashboard.DashboardRequest;
import net.kestrelwave.provisioning.dashboard.DashboardResponse;
import net.kestrelwave.provisioning.numbers.PhoneNumbers;
import net.kestrelwave.provisioning.rpc.HandlerRegistry;
import net.kestrelwave.provisioning.rpc.ResponseObserver;
import net.kestrelwave.provisioning.rpc.RpcException;
import net.kestrelwave.provisioning.rpc.RpcHandler;
import net.kestrelwave.provisioning.rpc.RpcException.RpcStatus;
import net.kestrelwave.provisioning.templates.TemplateRenderer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * SMS on/off and call forwarding for numbers on our SIP peer.
 */
public class MessagingFeatureService implements RpcHandler<SmsToggleRequest, SmsToggleResponse> {

    /** After-hours answering service for the NOC line. */
    private static final long AFTER_HOURS_FORWARD = 9197851200L;

    private final DashboardHttpClient dashboard;
    private final TemplateRenderer templates;
    private final EnvironmentConfig env;

    public MessagingFeatureService(DashboardHttpClient dashboard, TemplateRenderer templates, EnvironmentConfig env) {
        this.dashboard = dashboard;
        this.templates = templates;
        this.env = env;
    }

    @Override
    public String fullMethodName() {
        return HandlerRegistry.TOGGLE_SMS;
    }

    @Override
    public void handle(SmsToggleRequest request, ResponseObserver<SmsToggleResponse> responses) {
        String tn = PhoneNumbers.toNational(request.telephoneNumber());
        String payload = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <MessagingSettings>
                    <SmsEnabled>%s</SmsEnabled>
                  </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn, request.enabled());
        DashboardResponse response = dashboard.execute(DashboardRequest.put()
                .account(env.accountId())
                .path("sites", env.siteId(), "sippeers", env.sipPeerId(), "tns", tn)
                .body(payload)
                .named("toggle_sms"));
        if (!response.isSuccess()) {
            responses.onError(new RpcException(RpcStatus.FAILED_PRECONDITION, "SMS toggle failed for " + tn));
            return;
        }
        responses.onNext(new SmsToggleResponse(request.telephoneNumber(), request.enabled(), response.status()));
        responses.onCompleted();
    }

    /** Bulk version used by the tenant-offboarding job. */
    public int setSmsForPeer(List<String> telephoneNumbers, boolean enabled) {
        StringBuilder xml = new StringBuilder("<SipPeerTelephoneNumbers>");
        for (String tn : telephoneNumbers) {
            xml.append("<SipPeerTelephoneNumber><FullNumber>").append(tn).append("</FullNumber>")
                    .append("<SmsSettings><SmsEnabled>").append(enabled).append("</SmsEnabled></SmsSettings>")
                    .append("</SipPeerTelephoneNumber>");
        }
        xml.append("</SipPeerTelephoneNumbers>");
        return dashboard.execute(DashboardRequest.post()
                .account(env.accountId())
                .path("sites", env.siteId(), "sippeers", env.sipPeerId(), "tns")
                .body(xml.toString())).status();
    }

    /** Used by the tenant wizard, which also sets the caller-name display. */
    public int applyNumberSettings(String telephoneNumber, boolean smsEnabled, boolean callingNameDisplay) {
        String body = templates.render("sippeer-tn-sms.xml", Map.of(
                "telephoneNumber", telephoneNumber,
                "smsEnabled", smsEnabled,
                "callingNameDisplay", callingNameDisplay ? "on" : "off"));
        return dashboard.execute(DashboardRequest.put()
                .account(env.accountId())
                .path("sites", env.siteId(), "sippeers", env.sipPeerId(), "tns", telephoneNumber)
                .body(body)).status();
    }

    public int forwardAfterHours(String telephoneNumber) {
        String payload = String.format(
                "<SipPeerTelephoneNumber><FullNumber>%s</FullNumber><CallForward>%d</CallForward></SipPeerTelephoneNumber>",
                telephoneNumber, AFTER_HOURS_FORWARD);
        return dashboard.execute(DashboardRequest.of(DashboardOperation.UPDATE_SIPPEER_TN, Map.of(
                "accountId", env.accountId(),
                "siteId", env.siteId(),
                "sipPeerId", env.sipPeerId(),
                "tn", telephoneNumber)).body(payload)).status();
    }

    /** TN option order; what the Dashboard team recommends for SMS changes. */
    public int smsViaTnOptions(List<String> telephoneNumbers, boolean enabled) throws URISyntaxException {
        StringBuilder numbers = new StringBuilder();
        telephoneNumbers.forEach(tn -> numbers.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        String body = """
                <TnOptionOrder>
                  <CustomerOrderId>%s</CustomerOrderId>
                  <TnOptionGroups>
                    <TnOptionGroup>
                      <Sms>%s</Sms>
                      <TelephoneNumbers>%s</TelephoneNumbers>
                    </TnOptionGroup>
                  </TnOptionGroups>
                </TnOptionOrder>
                """.formatted("sms-" + UUID.randomUUID(), enabled ? "on" : "off", numbers);
        URI uri = new URI("https", "dashboard.bandwidth.com", "/api/accounts/" + env.accountId() + "/tnoptions", null);
        return dashboard.execute("POST", uri, body, "tn_option_order").status();
    }
}
