package com.pinecrestcomm.qa.numbers.payload;

/**
 * Subscription bodies for order notifications.
 */
public final class SubscriptionXml {

    /** Callback expiry, in seconds from now (one year). */
    public static final long DEFAULT_EXPIRY_SECONDS = 31_536_000L;

    private SubscriptionXml() {
    }

    public static String orderCallbacks(String orderType, String callbackUrl, String user, String password) {
        return """
                <Subscription>
                    <OrderType>%s</OrderType>
                    <CallbackSubscription>
                        <URL>%s</URL>
                        <Expiry>%d</Expiry>
                        <CallbackCredentials>
                            <BasicAuthentication>
                                <Username>%s</Username>
                                <Password>%s</Password>
                            </BasicAuthentication>
                        </CallbackCredentials>
                    </CallbackSubscription>
                </Subscription>
                """.formatted(orderType, callbackUrl, DEFAULT_EXPIRY_SECONDS, user, password);
    }

    public static String emailDigest(String orderType, String email) {
        return "<Subscription>"
                + "<OrderType>" + orderType + "</OrderType>"
                + "<EmailSubscription>"
                + "<Email>" + email + "</Email>"
                + "<DigestRequested>DAILY</DigestRequested>"
                + "</EmailSubscription>"
                + "</Subscription>";
    }

    /** Port-in callbacks go to the new handler, which already normalises to E.164. */
    public static String portinCallbacksE164(String callbackUrl) {
        return """
                <Subscription>
                    <OrderType>portins</OrderType>
                    <CallbackSubscription>
                        <URL>%s</URL>
                        <Expiry>%d</Expiry>
                        <NumberFormat>E164</NumberFormat>
                    </CallbackSubscription>
                </Subscription>
                """.formatted(callbackUrl, DEFAULT_EXPIRY_SECONDS);
    }
}
