package net.northwindtel.provisioning.service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import lombok.extern.slf4j.Slf4j;
import net.northwindtel.provisioning.config.DashboardProperties;
import net.northwindtel.provisioning.dashboard.DashboardPaths;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Registers our webhook for Dashboard order notifications (run once per environment by the
 * {@code /internal/subscriptions} admin endpoint).
 */
@Slf4j
@Service
public class SubscriptionService {

    private static final String PORTIN_SUBSCRIPTION = """
            <Subscription>
                <OrderType>portins</OrderType>
                <EmailSubscription>
                    <Email>noc@northwindtel.net</Email>
                    <DigestRequested>NONE</DigestRequested>
                </EmailSubscription>
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

    private final RestClient restClient;
    private final IrisClient irisClient;
    private final DashboardProperties dashboard;
    private final String callbackUrl;
    private final String callbackUser;
    private final String callbackPassword;

    public SubscriptionService(@Qualifier("dashboardRestClient") RestClient restClient,
                               IrisClient irisClient,
                               DashboardProperties dashboard,
                               @Value("${provisioning.webhook.public-url}") String callbackUrl,
                               @Value("${provisioning.webhook.user}") String callbackUser,
                               @Value("${provisioning.webhook.password}") String callbackPassword) {
        this.restClient = restClient;
        this.irisClient = irisClient;
        this.dashboard = dashboard;
        this.callbackUrl = callbackUrl;
        this.callbackUser = callbackUser;
        this.callbackPassword = callbackPassword;
    }

    public String subscribePortIns() {
        return post(PORTIN_SUBSCRIPTION.formatted(callbackUrl, callbackUser, callbackPassword));
    }

    public String subscribeOrders() throws IOException {
        return post(fill("templates/subscription-orders.xml"));
    }

    public String subscribeImportTnOrders() throws IOException {
        return post(fill("templates/subscription-importtnorders-e164.xml"));
    }

    /** Disconnect notifications, through the SDK (the only subscription created that way). */
    public String subscribeDisconnects() throws Exception {
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbackUrl);
        callback.setExpiry("3122064000");
        BasicAuthentication basic = new BasicAuthentication();
        basic.setUsername(callbackUser);
        basic.setPassword(callbackPassword);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(basic);
        callback.setCallbackCredentials(credentials);
        Subscription subscription = new Subscription();
        subscription.setOrderType("disconnects");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(irisClient, subscription).getSubscriptionId();
    }

    private String fill(String template) throws IOException {
        return new ClassPathResource(template).getContentAsString(StandardCharsets.UTF_8)
                .replace("${callbackUrl}", callbackUrl)
                .replace("${callbackUser}", callbackUser)
                .replace("${callbackPassword}", callbackPassword);
    }

    private String post(String xml) {
        String location = restClient.post()
                .uri(DashboardPaths.SUBSCRIPTIONS, dashboard.getAccountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(xml)
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getFirst("Location");
        log.info("Created Dashboard subscription {}", location);
        return location;
    }
}
