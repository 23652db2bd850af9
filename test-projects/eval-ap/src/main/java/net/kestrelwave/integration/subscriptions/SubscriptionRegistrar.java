package net.kestrelwave.integration.subscriptions;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import net.kestrelwave.integration.config.DashboardProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * Registers our webhook endpoints for Dashboard order notifications. Run once per environment
 * from the ops console.
 */
@Component
public class SubscriptionRegistrar {

    private final RestTemplate dashboardRestTemplate;
    private final DashboardProperties dashboard;
    private final IrisClient client;
    private final String callbackBase;
    private final String callbackUser;
    private final String callbackPassword;

    public SubscriptionRegistrar(RestTemplate dashboardRestTemplate, DashboardProperties dashboard, IrisClient client,
                                 @Value("${kestrel.dashboard.callback.public-url}") String callbackBase,
                                 @Value("${kestrel.dashboard.callback.user}") String callbackUser,
                                 @Value("${kestrel.dashboard.callback.password}") String callbackPassword) {
        this.dashboardRestTemplate = dashboardRestTemplate;
        this.dashboard = dashboard;
        this.client = client;
        this.callbackBase = callbackBase;
        this.callbackUser = callbackUser;
        this.callbackPassword = callbackPassword;
    }

    public String registerOrderCallbacks() {
        String body = """
                <Subscription>
                  <OrderType>orders</OrderType>
                  <CallbackSubscription>
                    <URL>%s/orders</URL>
                    <Expiry>3122064000</Expiry>
                    <CallbackCredentials>
                      <BasicAuthentication>
                        <Username>%s</Username>
                        <Password>%s</Password>
                      </BasicAuthentication>
                    </CallbackCredentials>
                  </CallbackSubscription>
                </Subscription>
                """.formatted(callbackBase, callbackUser, callbackPassword);
        return post(body);
    }

    public String registerImportCallbacks() {
        String body = """
                <Subscription>
                  <OrderType>importtnorders</OrderType>
                  <CallbackSubscription>
                    <URL>%s/imports</URL>
                    <Expiry>3122064000</Expiry>
                  </CallbackSubscription>
                </Subscription>
                """.formatted(callbackBase);
        return post(body);
    }

    public String registerPortInCallbacks() {
        String body = """
                <Subscription>
                  <OrderType>portins</OrderType>
                  <CallbackSubscription>
                    <URL>%s/portins</URL>
                    <Expiry>3122064000</Expiry>
                    <NumberFormat>E164</NumberFormat>
                  </CallbackSubscription>
                </Subscription>
                """.formatted(callbackBase);
        return post(body);
    }

    public String registerDisconnectDigest(String opsMailbox) {
        String body = """
                <Subscription>
                  <OrderType>disconnects</OrderType>
                  <EmailSubscription>
                    <Email>%s</Email>
                    <DigestRequested>DAILY</DigestRequested>
                  </EmailSubscription>
                </Subscription>
                """.formatted(opsMailbox);
        return post(body);
    }

    public Subscription registerE911Callbacks() throws Exception {
        BasicAuthentication auth = new BasicAuthentication();
        auth.setUsername(callbackUser);
        auth.setPassword(callbackPassword);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(auth);
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbackBase + "/e911");
        callback.setExpiry("3122064000");
        callback.setCallbackCredentials(credentials);
        Subscription subscription = new Subscription();
        subscription.setOrderType("e911s");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription);
    }

    private String post(String xml) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        return dashboardRestTemplate.postForObject(dashboard.getBaseUrl() + "/accounts/{accountId}/subscriptions",
                new HttpEntity<>(xml, headers), String.class, dashboard.getAccountId());
    }
}
