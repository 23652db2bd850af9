package com.pinecrestcomm.qa.numbers.payload;

/**
 * Bodies for PUT {@code /sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}}.
 */
public final class SipPeerTnPayloads {

    private SipPeerTnPayloads() {
    }

    public static String callForwardOnly(String tn, String callForward) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <SipPeerTelephoneNumber>
                    <FullNumber>%s</FullNumber>
                    <CallForward>%s</CallForward>
                    <RPIDFormat>e164</RPIDFormat>
                </SipPeerTelephoneNumber>
                """.formatted(tn, callForward);
    }

    public static String withMessaging(String tn, String callForward, boolean smsEnabled) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <SipPeerTelephoneNumber>
                    <FullNumber>%s</FullNumber>
                    <CallForward>%s</CallForward>
                    <MessagingSettings>
                        <SmsEnabled>%s</SmsEnabled>
                    </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn, callForward, smsEnabled);
    }
}
