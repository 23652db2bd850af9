package net.cedarline.numberdesk.dashboard.sippeer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.cedarline.numberdesk.config.DashboardSettings;
import net.cedarline.numberdesk.dashboard.DashboardPaths;
import net.cedarline.numberdesk.dashboard.DashboardResponse;
import net.cedarline.numberdesk.dashboard.DashboardTransport;
import net.cedarline.numberdesk.dashboard.DashboardUrls;
import net.cedarline.numberdesk.templates.RequestTemplates;
import net.cedarline.numberdesk.templates.TemplateNames;
import net.cedarline.numberdesk.util.XmlSupport;

/**
 * Per-number settings on our SIP peer (call forward, SMS on/off). SMS is switched with a
 * MessagingSettings/SmsEnabled block in the PUT to .../sippeers/{peer}/tns/{tn}.
 */
public class SipPeerTnClient {

    private final DashboardTransport http;
    private final DashboardUrls urls;
    private final DashboardSettings settings;
    private final RequestTemplates templates;

    public SipPeerTnClient(DashboardTransport http, DashboardUrls urls, DashboardSettings settings, RequestTemplates templates) {
        this.http = http;
        this.urls = urls;
        this.settings = settings;
        this.templates = templates;
    }

    private String tnUrl(String telephoneNumber) {
        return urls.account(String.format(DashboardPaths.SIP_PEER_TN, settings.getSiteId(), settings.getSipPeerId(), telephoneNumber));
    }

    /** Full update from the UI's number settings form. */
    public boolean update(String telephoneNumber, String callForward, boolean smsEnabled) {
        Map<String, Object> values = new HashMap<>();
        values.put("fullNumber", telephoneNumber);
        values.put("callForward", callForward == null ? "" : callForward);
        values.put("smsEnabled", smsEnabled);
        String body = templates.render(TemplateNames.SIPPEER_TN_UPDATE, values);
        return http.put(tnUrl(telephoneNumber), body).isSuccess();
    }

    public boolean enableSms(String telephoneNumber) {
        String body = """
                <SipPeerTelephoneNumber>
                    <FullNumber>%s</FullNumber>
                    <MessagingSettings>
                        <SmsEnabled>true</SmsEnabled>
                    </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(telephoneNumber);
        String url = urls.base() + "/accounts/" + urls.accountId() + "/sites/" + settings.getSiteId()
                + "/sippeers/" + settings.getSipPeerId() + "/tns/" + telephoneNumber;
        return http.put(url, body).isSuccess();
    }

    /** Bulk SMS toggle used after a reseller migration. */
    public int setSms(List<String> telephoneNumbers, boolean enabled) {
        int ok = 0;
        for (String tn : telephoneNumbers) {
            StringBuilder xml = new StringBuilder();
            xml.append("<SipPeerTelephoneNumber>");
            xml.append("<FullNumber>").append(tn).append("</FullNumber>");
            xml.append("<MessagingSettings><SmsEnabled>").append(enabled).append("</SmsEnabled></MessagingSettings>");
            xml.append("</SipPeerTelephoneNumber>");
            if (http.put(tnUrl(tn), xml.toString()).isSuccess()) {
                ok++;
            }
        }
        return ok;
    }

    /** Call forwarding only; leaves messaging alone. */
    public boolean setCallForward(String telephoneNumber, String forwardTo) {
        String body = new StringBuilder()
                .append("<SipPeerTelephoneNumber>")
                .append("<FullNumber>").append(telephoneNumber).append("</FullNumber>")
                .append("<CallForward>").append(forwardTo).append("</CallForward>")
                .append("</SipPeerTelephoneNumber>")
                .toString();
        return http.put(tnUrl(telephoneNumber), body).isSuccess();
    }

    public boolean forwardNocLineToBackup() {
        return setCallForward("9195550160", "9195550161");
    }

    public String settingsOf(String telephoneNumber) {
        DashboardResponse response = http.get(tnUrl(telephoneNumber));
        return XmlSupport.firstText(response.body(), "CallForward");
    }
}
