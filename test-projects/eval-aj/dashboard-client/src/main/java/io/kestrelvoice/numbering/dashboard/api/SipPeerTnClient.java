package io.kestrelvoice.numbering.dashboard.api;

import io.kestrelvoice.numbering.dashboard.DashboardRestClient;

/**
 * Per-number settings on a SIP peer (location).
 */
public class SipPeerTnClient {

    private final DashboardRestClient rest;

    public SipPeerTnClient(DashboardRestClient rest) {
        this.rest = rest;
    }

    public String get(String siteId, String sipPeerId, String tn) {
        return rest.get(rest.urls().sipPeerTn(siteId, sipPeerId, tn));
    }

    /** Turns SMS on or off for a number that lives on the given location. */
    public void setMessaging(String siteId, String sipPeerId, String tn, boolean enabled) {
        StringBuilder xml = new StringBuilder("<SipPeerTelephoneNumber>");
        xml.append("<FullNumber>").append(tn).append("</FullNumber>");
        xml.append("<MessagingSettings>")
                .append("<SmsEnabled>").append(enabled).append("</SmsEnabled>")
                .append("</MessagingSettings>");
        xml.append("</SipPeerTelephoneNumber>");
        rest.put(rest.urls().sipPeerTn(siteId, sipPeerId, tn), xml.toString());
    }

    public void setCallForward(String siteId, String sipPeerId, String tn, String forwardTo) {
        String xml = """
                <SipPeerTelephoneNumber>
                    <FullNumber>%s</FullNumber>
                    <CallForward>%s</CallForward>
                    <RPIDFormat>e164</RPIDFormat>
                </SipPeerTelephoneNumber>
                """.formatted(tn, forwardTo);
        rest.put(rest.urls().sipPeerTn(siteId, sipPeerId, tn), xml);
    }
}
