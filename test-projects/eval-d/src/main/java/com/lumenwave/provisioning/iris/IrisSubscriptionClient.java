package com.lumenwave.provisioning.iris;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import com.lumenwave.provisioning.config.IrisProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Registers our order-status webhook with the Dashboard, one subscription per order type.
 */
@Component
public class IrisSubscriptionClient {

    private static final String ORDER_SUBSCRIPTION = """
            <Subscription>
              <OrderType>%s</OrderType>
              <CallbackSubscription>
                <URL>%s</URL>
                <Expiry>3122064000</Expiry>
                <CallbackCredentials>
                  <BasicAuthentication>
                    <Username>%s</Username>
                    <Password>%s</Password>
                  </BasicAuthentication>
                </CallbackCredentials>
              </CallbackSubscription>
            </Subscription>
            """;

    private static final String PORTIN_SUBSCRIPTION = """
            <Subscription>
              <OrderType>portins</OrderType>
              <CallbackSubscription>
                <URL>%s</URL>
                <Expiry>3122064000</Expiry>
                <NumberFormat>LEGACY</NumberFormat>
              </CallbackSubscription>
            </Subscription>
            """;

    private final RestClient irisRestClient;
    private final IrisClient irisClient;
    private final IrisProperties props;

    public IrisSubscriptionClient(@Qualifier("irisRestClient") RestClient irisRestClient,
                                  IrisClient irisClient, IrisProperties props) {
        this.irisRestClient = irisRestClient;
        this.irisClient = irisClient;
        this.props = props;
    }

    public ResponseEntity<Void> subscribe(String orderType, String webhookUser, String webhookPassword) {
        return irisRestClient.post()
                .uri(IrisPaths.SUBSCRIPTIONS, props.accountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(ORDER_SUBSCRIPTION.formatted(orderType, props.callbackUrl(), webhookUser, webhookPassword))
                .retrieve()
                .toBodilessEntity();
    }

    public ResponseEntity<Void> subscribePortIns() {
        return irisRestClient.post()
                .uri(IrisPaths.SUBSCRIPTIONS, props.accountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(PORTIN_SUBSCRIPTION.formatted(props.callbackUrl()))
                .retrieve()
                .toBodilessEntity();
    }

    /** Older SDK-based registration, still used by the ops CLI for disconnect orders. */
    public Subscription subscribeWithSdk(String orderType, String webhookUser, String webhookPassword)
            throws Exception {
        BasicAuthentication auth = new BasicAuthentication();
        auth.setUsername(webhookUser);
        auth.setPassword(webhookPassword);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(auth);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(props.callbackUrl());
        callback.setExpiry("3122064000");
        callback.setCallbackCredentials(credentials);

        Subscription subscription = new Subscription();
        subscription.setOrderType(orderType);
        subscription.setCallbackSubscription(callback);
        return Subscription.create(irisClient, subscription);
    }
}
