package net.harborlight.numops.subscriptions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import net.harborlight.numops.config.DashboardEndpoints;
import net.harborlight.numops.config.DashboardProperties;
import net.harborlight.numops.dashboard.DashboardRestGateway;
import net.harborlight.numops.dashboard.TemplateRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Makes sure the Dashboard sends us the callbacks the listeners expect. Runs at start-up when
 * {@code numops.subscriptions.bootstrap=true} (one instance per environment has it).
 */
@Component
@ConditionalOnProperty(prefix = "numops.subscriptions", name = "bootstrap", havingValue = "true")
public class SubscriptionBootstrapper implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionBootstrapper.class);

    /** Expiry the Dashboard treats as "never" (epoch seconds, year 2068). */
    static final String NEVER_EXPIRES = "3122064000";

    private final IrisClient irisClient;
    private final DashboardRestGateway gateway;
    private final TemplateRenderer templates;
    private final DashboardProperties props;
    private final String callbackUrl;
    private final String callbackUser;
    private final String callbackPassword;
    private final String opsEmail;

    public SubscriptionBootstrapper(IrisClient irisClient, DashboardRestGateway gateway, TemplateRenderer templates,
                                    DashboardProperties props,
                                    @Value("${numops.subscriptions.callback-url}") String callbackUrl,
                                    @Value("${numops.subscriptions.callback-user}") String callbackUser,
                                    @Value("${numops.subscriptions.callback-password}") String callbackPassword,
                                    @Value("${numops.subscriptions.ops-email}") String opsEmail) {
        this.irisClient = irisClient;
        this.gateway = gateway;
        this.templates = templates;
        this.props = props;
        this.callbackUrl = callbackUrl;
        this.callbackUser = callbackUser;
        this.callbackPassword = callbackPassword;
        this.opsEmail = opsEmail;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        List<Subscription> existing = Subscription.list(irisClient, new HashMap<>());
        Set<String> types = existing.stream().map(Subscription::getOrderType).collect(Collectors.toSet());
        if (!types.contains("orders")) {
            subscribeOrders();
        }
        if (!types.contains("portins")) {
            subscribePortIns();
        }
        if (!types.contains("disconnects")) {
            subscribeDisconnects();
        }
        if (!types.contains("portouts")) {
            subscribePortOutDigest();
        }
    }

    void subscribeOrders() throws Exception {
        BasicAuthentication basic = new BasicAuthentication();
        basic.setUsername(callbackUser);
        basic.setPassword(callbackPassword);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(basic);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbackUrl);
        callback.setExpiry(NEVER_EXPIRES);
        callback.setCallbackCredentials(credentials);

        Subscription subscription = new Subscription();
        subscription.setOrderType("orders");
        subscription.setCallbackSubscription(callback);
        Subscription created = Subscription.create(irisClient, subscription);
        log.info("Created orders subscription {}", created.getSubscriptionId());
    }

    void subscribePortIns() {
        String xml = """
                <Subscription>
                  <OrderType>portins</OrderType>
                  <CallbackSubscription>
                    <URL>%s</URL>
                    <Expiry>%s</Expiry>
                    <CallbackCredentials>
                      <BasicAuthentication>
                        <Username>%s</Username>
                        <Password>%s</Password>
                      </BasicAuthentication>
                    </CallbackCredentials>
                  </CallbackSubscription>
                </Subscription>
                """.formatted(callbackUrl, NEVER_EXPIRES, callbackUser, callbackPassword);
        gateway.post(DashboardEndpoints.SUBSCRIPTIONS, xml, props.getAccountId());
    }

    void subscribeDisconnects() {
        String xml = """
                <Subscription>
                  <OrderType>disconnects</OrderType>
                  <CallbackSubscription>
                    <URL>%s</URL>
                    <Expiry>%s</Expiry>
                    <NumberFormat>E164</NumberFormat>
                  </CallbackSubscription>
                </Subscription>
                """.formatted(callbackUrl, NEVER_EXPIRES);
        gateway.post(DashboardEndpoints.SUBSCRIPTIONS, xml, props.getAccountId());
    }

    void subscribePortOutDigest() {
        Map<String, Object> model = Map.of(
                "orderType", "portouts",
                "email", opsEmail,
                "callbackUrl", callbackUrl,
                "expiry", NEVER_EXPIRES);
        gateway.post(DashboardEndpoints.SUBSCRIPTIONS, templates.render("subscription.ftl", model), props.getAccountId());
    }
}
