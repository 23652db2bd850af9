package com.harborline.numbering.jobs;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import com.harborline.numbering.xml.PayloadTemplates;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Monthly: makes sure Dashboard still sends us order, port-in and import notifications.
 * Subscriptions expire; we re-create them with a one-year expiry.
 *
 * <p>"orders" goes through the SDK, "portins" through the XML template (the SDK model has no
 * field for the public key), "importtnorders" with the inline payload because it also mails NOC.
 */
public class SubscriptionRenewalJob extends Job {

    private static final Duration VALIDITY = Duration.ofDays(365);

    private static final String IMPORT_SUBSCRIPTION = """
            <Subscription>
                <OrderType>importtnorders</OrderType>
                <EmailSubscription>
                    <Email>noc-numbering@harborline.net</Email>
                    <DigestRequested>NONE</DigestRequested>
                </EmailSubscription>
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

    public SubscriptionRenewalJob() {
        super("subscriptionRenewal");
    }

    @Override
    protected JobResult execute(JobContext context) throws Exception {
        String callbackBase = context.props().get("iris.callback.url");
        String hookUser = context.props().get("iris.callback.user");
        String hookPassword = context.props().get("iris.callback.password");
        long expiry = context.clock().instant().plus(VALIDITY).getEpochSecond();

        IrisClient client = context.irisClients().production();
        Subscription orders = new Subscription();
        orders.setOrderType("orders");
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(callbackBase + "/orders");
        callback.setExpiry(String.valueOf(expiry));
        BasicAuthentication basic = new BasicAuthentication();
        basic.setUsername(hookUser);
        basic.setPassword(hookPassword);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(basic);
        callback.setCallbackCredentials(credentials);
        orders.setCallbackSubscription(callback);
        Subscription.create(client, orders);

        String portins = PayloadTemplates.render("templates/subscription-callback.xml", Map.of(
                "orderType", "portins",
                "callbackUrl", callbackBase + "/portins",
                "expiry", String.valueOf(expiry),
                "username", hookUser,
                "password", hookPassword,
                "publicKey", context.props().get("iris.callback.publicKey")));
        context.dashboard().post(context.dashboard().accountUri(context.accountId(), "subscriptions"), portins);

        String imports = IMPORT_SUBSCRIPTION.formatted(callbackBase + "/imports", expiry, hookUser, hookPassword);
        context.dashboard().post(context.dashboard().accountUri(context.accountId(), "subscriptions"), imports);

        return JobResult.ok(List.of("orders", "portins", "importtnorders").size());
    }
}
