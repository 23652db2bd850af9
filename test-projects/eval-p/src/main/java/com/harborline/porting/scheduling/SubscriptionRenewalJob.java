package com.harborline.porting.scheduling;

import com.harborline.porting.service.SubscriptionService;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

@Singleton
@Requires(property = "dashboard.subscriptions.enabled", value = "true")
public class SubscriptionRenewalJob {

    private final SubscriptionService subscriptions;

    @Property(name = "dashboard.subscriptions.callback-user")
    String callbackUser;

    @Property(name = "dashboard.subscriptions.callback-password")
    String callbackPassword;

    public SubscriptionRenewalJob(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Scheduled(cron = "0 0 4 * * SUN")
    public void renew() {
        subscriptions.subscribeOrders(callbackUser, callbackPassword);
        subscriptions.subscribeImportOrders();
        subscriptions.subscribePortIns();
    }
}
