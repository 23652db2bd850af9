package net.kestrelwave.provisioning.service;

import net.kestrelwave.provisioning.config.EnvironmentConfig;
import net.kestrelwave.provisioning.dashboard.DashboardHttpClient;
import net.kestrelwave.provisioning.dashboard.DashboardOperation;
import net.kestrelwave.provisioning.dashboard.DashboardRequest;
import net.kestrelwave.provisioning.dashboard.DashboardResponse;
import net.kestrelwave.provisioning.templates.TemplateRenderer;

import java.util.Map;

/**
 * Registers our callback URL for order and port-in notifications. Run once per environment by the
 * deploy pipeline (subscriptions survive restarts).
 */
public class SubscriptionService {

    private final DashboardHttpClient dashboard;
    private final TemplateRenderer templates;
    private final EnvironmentConfig env;

    public SubscriptionService(DashboardHttpClient dashboard, TemplateRenderer templates, EnvironmentConfig env) {
        this.dashboard = dashboard;
        this.templates = templates;
        this.env = env;
    }

    public String subscribe(String orderType, String callbackUser, String callbackPassword) {
        String body = """
                <Subscription>
                  <OrderType>%s</OrderType>
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
                """.formatted(orderType, env.callbackUrl(), callbackUser, callbackPassword);
        DashboardResponse response = dashboard.execute(DashboardRequest.post()
                .account(env.accountId())
                .path("subscriptions")
                .body(body));
        return response.createdId().orElseThrow(() -> new IllegalStateException("no subscription id"));
    }

    /** Port-ins also notify the porting mailbox. */
    public String subscribePortins(String mailbox) {
        String body = templates.render("subscription.xml", Map.of(
                "orderType", "portins",
                "email", mailbox,
                "callbackUrl", env.callbackUrl()));
        return dashboard.execute(DashboardRequest.of(DashboardOperation.CREATE_SUBSCRIPTION,
                Map.of("accountId", env.accountId())).body(body)).createdId().orElseThrow();
    }

    public void unsubscribe(String subscriptionId) {
        dashboard.execute(DashboardRequest.delete().account(env.accountId()).path("subscriptions", subscriptionId));
    }
}
