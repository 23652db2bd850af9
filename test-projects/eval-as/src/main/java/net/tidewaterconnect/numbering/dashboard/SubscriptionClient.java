package net.tidewaterconnect.numbering.dashboard;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Order and port status callbacks from the Dashboard land on /webhooks/dashboard/**. */
@Component
public class SubscriptionClient {

    private static final String PORTIN_EMAIL_SUBSCRIPTION = """
            <Subscription>
                <OrderType>portins</OrderType>
                <EmailSubscription>
                    <Email>numbering-ops@tidewaterconnect.net</Email>
                    <DigestRequested>DAILY</DigestRequested>
                </EmailSubscription>
            </Subscription>
            """;

    private static final String DISCONNECT_CALLBACK_SUBSCRIPTION = """
            <Subscription>
                <OrderType>disconnects</OrderType>
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

    private static final String PORTOUT_CALLBACK_SUBSCRIPTION = """
            <Subscription>
                <OrderType>portouts</OrderType>
                <CallbackSubscription>
                    <URL>%s</URL>
                    <Expiry>%d</Expiry>
                    <NumberFormat>E164</NumberFormat>
                </CallbackSubscription>
            </Subscription>
            """;

    private final RestClient dashboard;
    private final XmlTemplateRenderer templates;
    private final String callbackBase;
    private final String callbackUser;
    private final String callbackPassword;

    public SubscriptionClient(@Qualifier("dashboard") RestClient dashboard, XmlTemplateRenderer templates,
            @Value("${tidewater.webhooks.public-base-url}") String callbackBase,
            @Value("${tidewater.webhooks.username}") String callbackUser,
            @Value("${tidewater.webhooks.password}") String callbackPassword) {
        this.dashboard = dashboard;
        this.templates = templates;
        this.callbackBase = callbackBase;
        this.callbackUser = callbackUser;
        this.callbackPassword = callbackPassword;
    }

    public String subscribeOrders() {
        String body = templates.render("subscription", Map.of(
                "orderType", "orders",
                "callbackUrl", callbackBase + "/webhooks/dashboard/orders",
                "expiry", expiry(),
                "callbackUser", callbackUser,
                "callbackPassword", callbackPassword));
        return post(body);
    }

    public String subscribeDisconnects() {
        return post(DISCONNECT_CALLBACK_SUBSCRIPTION.formatted(
                callbackBase + "/webhooks/dashboard/disconnects", expiry(), callbackUser, callbackPassword));
    }

    public String subscribePortOuts() {
        return post(PORTOUT_CALLBACK_SUBSCRIPTION.formatted(callbackBase + "/webhooks/dashboard/portouts", expiry()));
    }

    public String subscribePortInDigest() {
        return post(PORTIN_EMAIL_SUBSCRIPTION);
    }

    private long expiry() {
        return Instant.now().plus(365, ChronoUnit.DAYS).getEpochSecond();
    }

    private String post(String body) {
        return dashboard.post()
                .uri(DashboardPaths.SUBSCRIPTIONS)
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .body(String.class);
    }
}
