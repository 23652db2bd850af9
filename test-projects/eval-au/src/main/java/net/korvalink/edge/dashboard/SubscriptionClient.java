package net.korvalink.edge.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.EmailSubscription;
import com.bandwidth.iris.sdk.model.Subscription;

import net.korvalink.edge.config.DashboardProperties;

/** Order and port notifications the Dashboard sends to our callback endpoint. */
@Component
public class SubscriptionClient {

    private final DashboardHttpClient dashboard;
    private final DashboardProperties props;
    private final IrisClient irisClient;

    public SubscriptionClient(DashboardHttpClient dashboard, DashboardProperties props, IrisClient irisClient) {
        this.dashboard = dashboard;
        this.props = props;
        this.irisClient = irisClient;
    }

    public String subscribeOrders(String callbackUser, String callbackPassword) {
        long expiry = Instant.now().plus(365, ChronoUnit.DAYS).getEpochSecond();
        String body = """
                <Subscription>
                  <OrderType>orders</OrderType>
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
                """.formatted(props.getCallbackUrl() + "/orders", expiry, callbackUser, callbackPassword);
        return dashboard.post(String.format(DashboardEndpoints.SUBSCRIPTIONS, props.getAccountId()), body);
    }

    public String subscribeDisconnects() {
        String body = load("templates/iris/subscription-disconnects.xml")
                .replace("${callbackUrl}", props.getCallbackUrl() + "/disconnects");
        return dashboard.post(String.format(DashboardEndpoints.SUBSCRIPTIONS, props.getAccountId()), body);
    }

    public String subscribePortins() {
        String body = load("templates/iris/subscription-portins.xml")
                .replace("${callbackUrl}", props.getCallbackUrl() + "/portins");
        return dashboard.post(String.format(DashboardEndpoints.SUBSCRIPTIONS, props.getAccountId()), body);
    }

    /** LNP desk wants e-mails, not callbacks, for port-out events. */
    public String subscribePortOutEmails(String mailbox) {
        String body = """
                <Subscription>
                  <OrderType>portouts</OrderType>
                  <EmailSubscription>
                    <Email>%s</Email>
                    <DigestRequested>DAILY</DigestRequested>
                  </EmailSubscription>
                </Subscription>
                """.formatted(mailbox);
        return dashboard.post(String.format(DashboardEndpoints.SUBSCRIPTIONS, props.getAccountId()), body);
    }

    /** Callback for TN option orders, created through the SDK. */
    public Subscription subscribeTnOptions(String callbackUser, String callbackPassword) throws Exception {
        BasicAuthentication auth = new BasicAuthentication();
        auth.setUsername(callbackUser);
        auth.setPassword(callbackPassword);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(auth);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(props.getCallbackUrl() + "/tnoptions");
        callback.setExpiry(String.valueOf(Instant.now().plus(365, ChronoUnit.DAYS).getEpochSecond()));
        callback.setCallbackCredentials(credentials);

        Subscription subscription = new Subscription();
        subscription.setOrderType("tnoptions");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(irisClient, subscription);
    }

    public Subscription subscribeE911Emails(String mailbox) throws Exception {
        EmailSubscription email = new EmailSubscription();
        email.setEmail(mailbox);
        email.setDigestRequested("NONE");
        Subscription subscription = new Subscription();
        subscription.setOrderType("e911s");
        subscription.setEmailSubscription(email);
        return Subscription.create(irisClient, subscription);
    }

    public List<Subscription> list() throws Exception {
        return Subscription.list(irisClient, Map.of());
    }

    private static String load(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
