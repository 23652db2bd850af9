package net.corvalink.numbering.activities;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumbers;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.temporal.activity.Activity;
import net.corvalink.numbering.config.NumberingConfig;
import net.corvalink.numbering.iris.DashboardHttp;
import net.corvalink.numbering.iris.DashboardPaths;
import net.corvalink.numbering.iris.Templates;
import net.corvalink.numbering.iris.XmlSupport;
import org.apache.hc.client5.http.fluent.Request;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public class SipPeerActivitiesImpl implements SipPeerActivities {

    private final NumberingConfig config;
    private final DashboardHttp http;
    private final IrisClient sdk;
    private final IrisClient tnOptionsClient;
    private final DashboardPaths paths;

    public SipPeerActivitiesImpl(NumberingConfig config, DashboardHttp http, IrisClient sdk, IrisClient tnOptionsClient) {
        this.config = config;
        this.http = http;
        this.sdk = sdk;
        this.tnOptionsClient = tnOptionsClient;
        this.paths = new DashboardPaths(config.irisBaseUrl(), config.accountId());
    }

    @Override
    public void setSms(String tn, boolean enabled) {
        String url = "%s/accounts/%s/sites/%s/sippeers/%s/tns/%s".formatted(http.baseUrl(), http.accountId(),
                config.defaultSiteId(), config.defaultSipPeerId(), tn);
        String body = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <MessagingSettings>
                    <SmsEnabled>%s</SmsEnabled>
                  </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn, enabled);
        try {
            http.put(url, body);
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public void disableSms(List<String> tns) {
        for (String tn : tns) {
            StringBuilder body = new StringBuilder("<SipPeerTelephoneNumber>")
                    .append("<FullNumber>").append(tn).append("</FullNumber>")
                    .append("<SmsEnabled>false</SmsEnabled>")
                    .append("</SipPeerTelephoneNumber>");
            try {
                http.put(paths.sipPeerTn(config.defaultSiteId(), config.defaultSipPeerId(), tn), body.toString());
            } catch (Exception e) {
                throw Activity.wrap(e);
            }
        }
    }

    @Override
    public void setSmsFromTemplate(String tn, boolean enabled) {
        String body = Templates.render("sippeer-tn-sms.xml", Map.of("tn", tn, "smsEnabled", String.valueOf(enabled)));
        try {
            http.put(paths.sipPeerTn(config.defaultSiteId(), config.defaultSipPeerId(), tn), body);
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public void assignWithSms(String siteId, String sipPeerId, String tn) {
        ObjectNode number = XmlSupport.mapper().createObjectNode();
        number.put("FullNumber", tn);
        number.putObject("MessagingSettings").put("SmsEnabled", true);
        try {
            String body = XmlSupport.mapper().writer().withRootName("SipPeerTelephoneNumber").writeValueAsString(number);
            Request.put(http.baseUrl() + "/accounts/" + http.accountId() + "/sites/" + siteId + "/sippeers/" + sipPeerId + "/tns/" + tn)
                    .addHeader(HttpHeaders.AUTHORIZATION, basicAuth())
                    .bodyString(body, ContentType.APPLICATION_XML)
                    .execute()
                    .discardContent();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public void setCallForward(String tn, String forwardTo) {
        String body = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <CallForward>%s</CallForward>
                  <RPIDFormat>e164</RPIDFormat>
                </SipPeerTelephoneNumber>
                """.formatted(tn, forwardTo);
        try {
            http.put(paths.sipPeerTn(config.defaultSiteId(), config.defaultSipPeerId(), tn), body);
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String setSmsWithTnOption(List<String> tns, boolean enabled) {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(enabled ? "on" : "off");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("sms-" + UUID.randomUUID());
        order.setTnOptionGroups(List.of(group));
        try {
            TnOptionOrderResponse response = TnOptions.create(tnOptionsClient, order);
            return response.getTnOptionOrder().getOrderId();
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public void moveLabNumbers(String targetSipPeerId) {
        try {
            SipPeer target = SipPeer.get(sdk, config.defaultSiteId(), targetSipPeerId);
            SipPeerTelephoneNumbers move = new SipPeerTelephoneNumbers();
            List<String> lab = new ArrayList<>();
            lab.add("7045550193");
            lab.add("7045550194");
            move.setFullNumbers(lab);
            target.moveTns(move);
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }

    private String basicAuth() {
        String pair = config.irisUser() + ":" + config.irisPassword();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public List<String> sipPeerNumbersE164() {
        try {
            SipPeer peer = SipPeer.get(sdk, config.defaultSiteId(), config.defaultSipPeerId());
            List<String> out = new ArrayList<>();
            for (SipPeerTelephoneNumber tn : peer.getTns()) {
                out.add("+1" + tn.getFullNumber());
            }
            return out;
        } catch (Exception e) {
            throw Activity.wrap(e);
        }
    }
}
