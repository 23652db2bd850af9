package com.northforktel.numbering.orders;

import com.google.inject.Inject;
import com.google.inject.name.Named;
import com.northforktel.numbering.config.ConfigKeys;
import io.vertx.core.AbstractVerticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls open orders whose callbacks are late.
 */
public class OrderPollerVerticle extends AbstractVerticle {

    private static final Logger log = LoggerFactory.getLogger(OrderPollerVerticle.class);

    private final OrderTracker tracker;
    private final long intervalMs;
    private long timerId = -1;

    @Inject
    public OrderPollerVerticle(OrderTracker tracker, @Named(ConfigKeys.ORDERS_POLL_INTERVAL) String intervalMs) {
        this.tracker = tracker;
        this.intervalMs = Long.parseLong(intervalMs);
    }

    @Override
    public void start() {
        timerId = vertx.setPeriodic(intervalMs, id -> {
            if (tracker.size() == 0) {
                return;
            }
            tracker.pollAll()
                    .onSuccess(closed -> log.debug("order poll closed {} orders", closed))
                    .onFailure(err -> log.warn("order poll failed", err));
        });
    }

    @Override
    public void stop() {
        vertx.cancelTimer(timerId);
    }
}
