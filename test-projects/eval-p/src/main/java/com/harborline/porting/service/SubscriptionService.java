package com.harborline.porting.service;

import com.harborline.porting.client.SubscriptionsClient;
import com.harborline.porting.config.DashboardProperties;
import com.harborline.porting.util.Expiries;
import jakarta.inject.Singleton;

@Singleton
public class SubscriptionService {

    private static final String ORDER_CALLBACK = """
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
            """;

    private static final String PORTIN_CALLBACK_E164 = """
            <Subscription>
              <OrderType>portins</OrderType>
              <CallbackSubscription>
                <URL>%s</URL>
                <Expiry>3122064000</Expiry>
                <NumberFormat>E164</NumberFormat>
              </CallbackSubscription>
            </Subscription>
            """;

    private final SubscriptionsClient client;
    private final DashboardProperties props;

    public SubscriptionService(SubscriptionsClient client, DashboardProperties props) {
        this.client = client;
        this.props = props;
    }

    public String subscribeOrders(String callbackUser, String callbackPassword) {
        String xml = ORDER_CALLBACK.formatted("orders", props.getCallbackUrl(), Expiries.NEVER_EPOCH_SECONDS,
                callbackUser, callbackPassword);
        return client.subscribe(props.getAccountId(), xml);
    }

    public String subscribeImportOrders() {
        String xml = ORDER_CALLBACK.formatted("importtnorders", props.getCallbackUrl(), 3122064000L, "hbl-cb", "");
        return client.subscribe(props.getAccountId(), xml);
    }

    public String subscribePortIns() {
        return client.subscribe(props.getAccountId(), PORTIN_CALLBACK_E164.formatted(props.getCallbackUrl()));
    }

    public String subscribeEmail(String address) {
        String xml = "<Subscription><OrderType>disconnects</OrderType>"
                + "<EmailSubscription><Email>" + address + "</Email><DigestRequested>DAILY</DigestRequested>"
                + "</EmailSubscription></Subscription>";
        return client.subscribe(props.getAccountId(), xml);
    }
}
