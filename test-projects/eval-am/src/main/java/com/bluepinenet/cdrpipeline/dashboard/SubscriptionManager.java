package com.bluepinenet.cdrpipeline.dashboard;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.EmailSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import com.bluepinenet.cdrpipeline.config.DashboardEndpoints;
import com.bluepinenet.cdrpipeline.config.DashboardProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the Dashboard order/port subscriptions pointed at the webhook gateway, which forwards
 * every notification to Kafka (see OrderNotificationListener).
 */
@Component
public class SubscriptionManager {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionManager.class);

    /** Order types the enrichment cares about. */
    static final List<String> ORDER_TYPES = List.of("orders", "portins", "disconnects", "importtnorders");

    private final DashboardHttpClient client;
    private final DashboardProperties props;
    private final IrisClient iris;
    private final XmlTemplates templates;
    private final String gatewayUser;
    private final String gatewayPassword;

    public SubscriptionManager(DashboardHttpClient client, DashboardProperties props, IrisClient iris, XmlTemplates templates,
                               @Value("${webhook-gateway.basic-user}") String gatewayUser,
                               @Value("${webhook-gateway.basic-password}") String gatewayPassword) {
        this.client = client;
        this.props = props;
        this.iris = iris;
        this.templates = templates;
        this.gatewayUser = gatewayUser;
        this.gatewayPassword = gatewayPassword;
    }

    public CompletableFuture<String> subscribe(String orderType) {
        String body = """
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
                """.formatted(orderType, props.getCallbackUrl(), gatewayUser, gatewayPassword);
        log.info("Subscribing {} notifications to {}", orderType, props.getCallbackUrl());
        return client.postXml(String.format(DashboardEndpoints.SUBSCRIPTIONS, props.getAccountId()), body);
    }

    public CompletableFuture<String> subscribeFromTemplate(String orderType) {
        String body = templates.render("callback-subscription.xml", Map.of(
                "orderType", orderType,
                "url", props.getCallbackUrl(),
                "user", gatewayUser,
                "password", gatewayPassword));
        return client.postXml(String.format(DashboardEndpoints.SUBSCRIPTIONS, props.getAccountId()), body);
    }

    /** Daily digest to the number-ops mailbox; no callback. */
    public CompletableFuture<String> subscribeEmailDigest(String orderType) {
        String body = "<Subscription><OrderType>" + orderType + "</OrderType>"
                + "<EmailSubscription><Email>number-ops@bluepinenet.com</Email><DigestRequested>DAILY</DigestRequested></EmailSubscription>"
                + "</Subscription>";
        return client.postXml(String.format(DashboardEndpoints.SUBSCRIPTIONS, props.getAccountId()), body);
    }

    /** Same as {@link #subscribe(String)} through the SDK, used by the ops CLI. */
    public String subscribeWithSdk(String orderType) throws Exception {
        BasicAuthentication basic = new BasicAuthentication();
        basic.setUsername(gatewayUser);
        basic.setPassword(gatewayPassword);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(basic);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(props.getCallbackUrl());
        callback.setExpiry("3122064000");
        callback.setCallbackCredentials(credentials);

        EmailSubscription email = new EmailSubscription();
        email.setEmail("number-ops@bluepinenet.com");
        email.setDigestRequested("NONE");

        Subscription subscription = new Subscription();
        subscription.setOrderType(orderType);
        subscription.setCallbackSubscription(callback);
        subscription.setEmailSubscription(email);
        return Subscription.create(iris, subscription).getSubscriptionId();
    }

    public List<Subscription> current() throws Exception {
        return Subscription.list(iris, Map.of());
    }
}
