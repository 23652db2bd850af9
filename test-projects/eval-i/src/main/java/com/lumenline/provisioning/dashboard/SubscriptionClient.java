package com.lumenline.provisioning.dashboard;

import java.text.MessageFormat;
import java.util.Map;

import com.lumenline.provisioning.config.DashboardProperties;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * Manages the Dashboard order-notification subscriptions that feed
 * {@code DashboardCallbackController}.
 */
@Component
public class SubscriptionClient {

    private static final String EMAIL_SUBSCRIPTION = """
            <Subscription>
                <OrderType>%s</OrderType>
                <EmailSubscription>
                    <Email>%s</Email>
                    <DigestRequested>DAILY</DigestRequested>
                </EmailSubscription>
            </Subscription>
            """;

    private final RestTemplate restTemplate;
    private final DashboardProperties props;
    private final XmlTemplateLoader templates;

    public SubscriptionClient(@Qualifier("plainRestTemplate") RestTemplate restTemplate,
                              DashboardProperties props, XmlTemplateLoader templates) {
        this.restTemplate = restTemplate;
        this.props = props;
        this.templates = templates;
    }

    public String subscribeCallback(String orderType) {
        String body = templates.render("subscription-callback.xml", Map.of(
                "orderType", orderType,
                "url", props.callback().publicUrl(),
                "username", props.callback().username(),
                "password", props.callback().password()));
        return post(body);
    }

    /** v2 pilot: same callback, numbers explicitly in E.164. */
    public String subscribeCallbackE164(String orderType) {
        String body = templates.render("subscription-callback-e164.xml", Map.of(
                "orderType", orderType,
                "url", props.callback().publicUrl(),
                "username", props.callback().username(),
                "password", props.callback().password()));
        return post(body);
    }

    public String subscribeEmail(String orderType, String email) {
        return post(EMAIL_SUBSCRIPTION.formatted(orderType, email));
    }

    public void delete(String subscriptionId) {
        restTemplate.delete(subscriptionsUrl() + "/" + subscriptionId);
    }

    public String list() {
        return restTemplate.getForObject(subscriptionsUrl(), String.class);
    }

    private String post(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        var location = restTemplate.postForLocation(subscriptionsUrl(), new HttpEntity<>(body, headers));
        return location == null ? null : location.toString();
    }

    private String subscriptionsUrl() {
        return MessageFormat.format("{0}/accounts/{1}/subscriptions", props.baseUrl(), props.accountId());
    }
}
