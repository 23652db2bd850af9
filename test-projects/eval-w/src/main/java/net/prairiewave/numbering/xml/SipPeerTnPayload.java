package net.prairiewave.numbering.xml;

/**
 * Body of PUT /sites/{site}/sippeers/{peer}/tns/{tn}. Besides call forwarding and RPID, our
 * provisioning flow also toggled SMS here when a business line was added to the hosted SMS
 * product.
 */
public final class SipPeerTnPayload {

    private SipPeerTnPayload() {
    }

    public static String routingOnly(String fullNumber, String callForward) {
        return """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <CallForward>%s</CallForward>
                  <RPIDFormat>e164</RPIDFormat>
                  <RewriteUser>%s</RewriteUser>
                </SipPeerTelephoneNumber>
                """.formatted(fullNumber, callForward, fullNumber);
    }

    public static String withMessaging(String fullNumber, boolean smsEnabled) {
        return """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <MessagingSettings>
                    <SmsEnabled>%s</SmsEnabled>
                  </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(fullNumber, smsEnabled);
    }
}
