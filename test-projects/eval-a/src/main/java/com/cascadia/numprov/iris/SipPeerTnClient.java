package com.cascadia.numprov.iris;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.cascadia.numprov.iris.IrisPaths.ACCOUNTS;
import static com.cascadia.numprov.iris.IrisPaths.SIPPEERS;
import static com.cascadia.numprov.iris.IrisPaths.SITES;
import static com.cascadia.numprov.iris.IrisPaths.TNS;

/** Per-number settings of the numbers on our SIP peer (location). */
public class SipPeerTnClient {

    private static final String ONBOARDING_TN = """
            <SipPeerTelephoneNumber>
                <FullNumber>%s</FullNumber>
                <RPIDFormat>e164</RPIDFormat>
                <MessagingSettings>
                    <SmsEnabled>true</SmsEnabled>
                </MessagingSettings>
            </SipPeerTelephoneNumber>
            """;

    private final IrisHttp http;
    private final String siteId;
    private final String sipPeerId;

    public SipPeerTnClient(IrisHttp http, String siteId, String sipPeerId) {
        this.http = http;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    private String tnUrl(String tn) {
        return http.baseUrl() + ACCOUNTS + http.accountId() + SITES + siteId + SIPPEERS + sipPeerId + TNS + tn;
    }

    /** Turns SMS on or off for one number, from the support console. */
    public String setMessaging(String tn, boolean smsEnabled) {
        StringBuilder xml = new StringBuilder("<SipPeerTelephoneNumber>");
        xml.append("<FullNumber>").append(tn).append("</FullNumber>");
        xml.append("<MessagingSettings><SmsEnabled>").append(smsEnabled).append("</SmsEnabled></MessagingSettings>");
        xml.append("</SipPeerTelephoneNumber>");
        return http.put(tnUrl(tn), xml.toString());
    }

    /** Call forwarding from the self-care portal. */
    public String setCallForward(String tn, String forwardTo) {
        String xml = """
                <SipPeerTelephoneNumber>
                    <FullNumber>%s</FullNumber>
                    <CallForward>%s</CallForward>
                    <RPIDFormat>e164</RPIDFormat>
                </SipPeerTelephoneNumber>
                """.formatted(tn, forwardTo);
        return http.put(tnUrl(tn), xml);
    }

    /** Onboarding: every ported-in number gets SMS straight away. */
    public void onboard(List<String> tns) {
        for (String tn : tns) {
            http.put(tnUrl(tn), ONBOARDING_TN.formatted(tn));
        }
    }

    /** Settings pushed by the portal's "number settings" form. */
    public String applyPortalSettings(String tn, String forwardTo, boolean sms) {
        String xml = String.format(template("/iris/templates/sippeer-tn-update.xml"), tn, forwardTo, sms);
        return http.put(tnUrl(tn), xml);
    }

    public String getTnSettings(String tn) {
        return http.get(tnUrl(tn));
    }

    private static String template(String resource) {
        try (InputStream in = SipPeerTnClient.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
