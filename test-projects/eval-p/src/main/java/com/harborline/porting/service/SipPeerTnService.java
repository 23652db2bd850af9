package com.harborline.porting.service;

import com.harborline.porting.client.SipPeerTnClient;
import com.harborline.porting.client.TnOptionsClient;
import com.harborline.porting.config.DashboardProperties;
import com.harborline.porting.model.MessagingSettings;
import com.harborline.porting.model.SipPeerTelephoneNumber;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
public class SipPeerTnService {

    private final SipPeerTnClient sipPeerTns;
    private final TnOptionsClient tnOptions;
    private final HttpClient http;
    private final DashboardProperties props;

    public SipPeerTnService(SipPeerTnClient sipPeerTns, TnOptionsClient tnOptions,
                            @Client("${dashboard.url}") HttpClient http, DashboardProperties props) {
        this.sipPeerTns = sipPeerTns;
        this.tnOptions = tnOptions;
        this.http = http;
        this.props = props;
    }

    public String setSms(String tn, boolean enabled) {
        SipPeerTelephoneNumber body = SipPeerTelephoneNumber.forNumber(tn)
                .rpidFormat("e164")
                .messagingSettings(enabled ? MessagingSettings.enabled() : MessagingSettings.disabled());
        return sipPeerTns.updateTn(props.getAccountId(), props.getSiteId(), props.getSipPeerId(), tn, body);
    }

    public String setSmsRaw(String tn, boolean enabled) {
        String url = props.getUrl() + "/accounts/" + props.getAccountId() + "/sites/" + props.getSiteId()
                + "/sippeers/" + props.getSipPeerId() + "/tns/" + tn;
        String xml = PayloadTemplates.SIPPEER_TN_MESSAGING.formatted(tn, enabled);
        return http.toBlocking().exchange(HttpRequest.PUT(url, xml)
                .contentType(MediaType.APPLICATION_XML_TYPE)
                .basicAuth(props.getUsername(), props.getPassword()), String.class).body();
    }

    public String forwardCalls(String tn, String target) {
        SipPeerTelephoneNumber body = SipPeerTelephoneNumber.forNumber(tn).callForward(target);
        return sipPeerTns.updateTn(props.getAccountId(), props.getSiteId(), props.getSipPeerId(), tn, body);
    }

    public String forwardCallsRaw(String tn, String target) {
        String url = props.getUrl() + "/accounts/" + props.getAccountId() + "/sites/" + props.getSiteId()
                + "/sippeers/" + props.getSipPeerId() + "/tns/" + tn;
        return http.toBlocking().retrieve(HttpRequest.PUT(url, PayloadTemplates.SIPPEER_TN_CALL_FORWARD.formatted(tn, target))
                .contentType(MediaType.APPLICATION_XML_TYPE)
                .basicAuth(props.getUsername(), props.getPassword()));
    }

    public String setSmsViaTnOptions(List<String> e164Numbers, boolean enabled) {
        String xml = PayloadTemplates.TN_OPTION_SMS.formatted("HBL-SMS", enabled ? "on" : "off",
                PayloadTemplates.telephoneNumberElements(e164Numbers, "        "));
        return tnOptions.createTnOptionOrder(props.getAccountId(), xml);
    }

    public String disableSmsOnRoamingLine() {
        return setSms("8045550199", false);
    }
}
