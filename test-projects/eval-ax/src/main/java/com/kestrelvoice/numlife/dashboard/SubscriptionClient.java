package com.kestrelvoice.numlife.dashboard;

import com.kestrelvoice.numlife.config.DashboardProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Registers our callback URL for the order types we track.
 */
@Component
@RequiredArgsConstructor
public class SubscriptionClient {

    @Qualifier("dashboard")
    private final RestClient dashboard;
    private final DashboardProperties properties;

    public URI subscribeToOrders() {
        DashboardProperties.Callbacks callbacks = properties.getCallbacks();
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
                """.formatted(callbacks.getPublicUrl(), callbacks.getExpiry(), callbacks.getUsername(), callbacks.getPassword());
        return post(body);
    }

    public URI subscribeToPortins(String opsEmail) {
        DashboardProperties.Callbacks callbacks = properties.getCallbacks();
        String body = "<Subscription><OrderType>portins</OrderType>"
                + "<EmailSubscription><Email>" + opsEmail + "</Email><DigestRequested>DAILY</DigestRequested></EmailSubscription>"
                + "<CallbackSubscription><URL>" + callbacks.getPublicUrl().replace("/orders", "/portins") + "</URL>"
                + "<Expiry>" + callbacks.getExpiry() + "</Expiry></CallbackSubscription>"
                + "</Subscription>";
        return post(body);
    }

    public URI subscribeTo(String orderType) {
        String body = template("templates/dashboard/subscription.xml")
                .replace("{{orderType}}", orderType)
                .replace("{{url}}", properties.getCallbacks().getPublicUrl())
                .replace("{{expiry}}", Long.toString(properties.getCallbacks().getExpiry()));
        return post(body);
    }

    /** Disconnect callbacks feed the billing stop; billing already parses +1 numbers. */
    public URI subscribeToDisconnects() {
        String body = """
                <Subscription>
                    <OrderType>disconnects</OrderType>
                    <CallbackSubscription>
                        <URL>%s</URL>
                        <Expiry>%d</Expiry>
                        <NumberFormat>E164</NumberFormat>
                    </CallbackSubscription>
                </Subscription>
                """.formatted(properties.getCallbacks().getPublicUrl().replace("/orders", "/disconnects"),
                properties.getCallbacks().getExpiry());
        return post(body);
    }

    public URI emailDigest(String orderType, String email) {
        String body = """
                <Subscription>
                    <OrderType>%s</OrderType>
                    <EmailSubscription>
                        <Email>%s</Email>
                        <DigestRequested>DAILY</DigestRequested>
                    </EmailSubscription>
                </Subscription>
                """.formatted(orderType, email);
        return post(body);
    }

    public void delete(String subscriptionId) {
        dashboard.delete()
                .uri(DashboardPaths.SUBSCRIPTIONS + "/{subscriptionId}", properties.getApi().getAccountId(), subscriptionId)
                .retrieve()
                .toBodilessEntity();
    }

    private URI post(String body) {
        return dashboard.post()
                .uri(DashboardPaths.SUBSCRIPTIONS, properties.getApi().getAccountId())
                .body(body)
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getLocation();
    }

    private static String template(String name) {
        try {
            return new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
