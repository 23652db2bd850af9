package com.northwind.numbers.iris;

import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import com.northwind.numbers.config.IrisProperties;

/**
 * Order-status callbacks: registers our webhook for orders, port-ins and disconnects.
 */
@Component
public class SubscriptionClient {

    private final RestClient iris;
    private final IrisProperties props;
    private final PayloadTemplates templates;
    private final String callbackUrl;

    public SubscriptionClient(@Qualifier("irisRestClient") RestClient iris, IrisProperties props,
                              PayloadTemplates templates, @Value("${iris.callback-url}") String callbackUrl) {
        this.iris = iris;
        this.props = props;
        this.templates = templates;
        this.callbackUrl = callbackUrl;
    }

    public String subscribeToOrders(String user, String password) {
        String body = templates.render("subscription-orders.xml", Map.of(
                "callbackUrl", callbackUrl,
                "callbackUser", user,
                "callbackPassword", password));
        return post(IrisPaths.SUBSCRIPTIONS, body);
    }

    public String subscribeToPortIns() {
        return post(IrisPaths.SUBSCRIPTIONS,
                templates.render("subscription-portins-legacy.xml", Map.of("callbackUrl", callbackUrl)));
    }

    public String subscribeToDisconnects(String email) {
        String body = """
                <Subscription>
                    <OrderType>disconnects</OrderType>
                    <EmailSubscription>
                        <Email>%s</Email>
                        <DigestRequested>DAILY</DigestRequested>
                    </EmailSubscription>
                    <CallbackSubscription>
                        <URL>%s</URL>
                        <Expiry>3122064000</Expiry>
                    </CallbackSubscription>
                </Subscription>
                """.formatted(email, callbackUrl);
        return post(IrisPaths.SUBSCRIPTIONS, body);
    }

    public String subscribeToTnOptionOrders() {
        String body = """
                <Subscription>
                    <OrderType>tnoptions</OrderType>
                    <CallbackSubscription>
                        <URL>%s</URL>
                        <Expiry>3122064000</Expiry>
                        <NumberFormat>E164</NumberFormat>
                    </CallbackSubscription>
                </Subscription>
                """.formatted(callbackUrl);
        return post(IrisPaths.SUBSCRIPTIONS, body);
    }

    private String post(String path, String body) {
        return iris.post()
                .uri("/accounts/{accountId}" + path, props.getAccountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .body(String.class);
    }
}
