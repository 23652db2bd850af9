package com.lumenwave.provisioning.iris;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Fallback for lost callbacks: polls orders that have been pending for too long.
 */
@Component
public class OrderStatusPoller {

    private static final Logger log = LoggerFactory.getLogger(OrderStatusPoller.class);

    /** Orders older than this (epoch seconds) are considered stale and re-polled. */
    private static final long STALE_AFTER_SECONDS = 1800;

    private final RestClient client;
    private final String accountId;
    private final Map<String, Long> pending = new ConcurrentHashMap<>();

    public OrderStatusPoller(@Value("${iris.base-url:https://dashboard.bandwidth.com/api}") String baseUrl,
                             @Value("${iris.account-id}") String accountId,
                             @Value("${iris.username}") String user,
                             @Value("${iris.password}") String password) {
        this.client = RestClient.builder()
                .baseUrl(baseUrl)
                .defaultHeaders(h -> h.setBasicAuth(user, password))
                .build();
        this.accountId = accountId;
    }

    public void track(String orderId, long createdEpochSeconds) {
        pending.put(orderId, createdEpochSeconds);
    }

    @Scheduled(fixedDelayString = "${iris.poll-interval-ms:300000}")
    public void pollStaleOrders() {
        long now = System.currentTimeMillis() / 1000;
        pending.forEach((orderId, created) -> {
            if (now - created < STALE_AFTER_SECONDS) {
                return;
            }
            String status = client.get()
                    .uri(IrisPaths.ORDER, accountId, orderId)
                    .retrieve()
                    .body(String.class);
            log.info("Polled order {} (created {}): {}", orderId, created, status);
            if (status != null && status.contains("<OrderStatus>COMPLETE</OrderStatus>")) {
                pending.remove(orderId);
            }
        });
    }
}
