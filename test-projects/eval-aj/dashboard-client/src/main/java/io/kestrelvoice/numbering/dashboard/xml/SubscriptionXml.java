package io.kestrelvoice.numbering.dashboard.xml;

/**
 * Subscription payloads for Dashboard order notifications.
 */
public final class SubscriptionXml {

    private SubscriptionXml() {
    }

    /**
     * Callback subscription with basic auth; the Dashboard calls {@code callbackUrl} for every
     * status change of orders of {@code orderType} ("orders", "portins", "importtnorders", ...).
     */
    public static String callback(String orderType, String callbackUrl, String user, String password, long expirySeconds) {
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
                """.formatted(orderType, callbackUrl, expirySeconds, user, password);
    }

    /** Daily digest e-mails for the NOC mailbox. */
    public static String email(String orderType, String address) {
        return "<Subscription><OrderType>" + orderType + "</OrderType>"
                + "<EmailSubscription><Email>" + address + "</Email><DigestRequested>DAILY</DigestRequested></EmailSubscription>"
                + "</Subscription>";
    }
}
