package com.pinecrestcomm.qa.numbers.client;

import com.pinecrestcomm.qa.numbers.config.IrisProperties;
import com.pinecrestcomm.qa.numbers.payload.SubscriptionXml;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.net.URI;

/**
 * Manages the notification subscriptions that feed {@code NotificationHandler}.
 */
@Component
public class SubscriptionClient {

    private final RestClient restClient;
    private final IrisProperties props;

    public SubscriptionClient(@Qualifier("dashboardRestClient") RestClient restClient, IrisProperties props) {
        this.restClient = restClient;
        this.props = props;
    }

    public URI subscribe(String orderType) {
        String body = SubscriptionXml.orderCallbacks(orderType, props.callbackUrl(), "iris-cb", System.getenv("IRIS_CB_SECRET"));
        ResponseEntity<Void> response = restClient.post()
                .uri(DashboardPaths.SUBSCRIPTIONS, props.accountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .toBodilessEntity();
        return response.getHeaders().getLocation();
    }

    public void subscribeEmail(String orderType, String email) {
        restClient.post()
                .uri(DashboardPaths.SUBSCRIPTIONS, props.accountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(SubscriptionXml.emailDigest(orderType, email))
                .retrieve()
                .toBodilessEntity();
    }

    public void unsubscribe(String subscriptionId) {
        restClient.delete()
                .uri(DashboardPaths.SUBSCRIPTIONS + "/{subscriptionId}", props.accountId(), subscriptionId)
                .retrieve()
                .toBodilessEntity();
    }
}
