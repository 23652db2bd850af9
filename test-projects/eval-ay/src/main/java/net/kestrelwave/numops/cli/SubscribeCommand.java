package net.kestrelwave.numops.cli;

import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import net.kestrelwave.numops.NumctlApp;
import net.kestrelwave.numops.dashboard.DashboardHttp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "subscribe", description = "Subscribe our callback endpoint to Dashboard order notifications.")
public class SubscribeCommand implements Callable<Integer> {

    /** Far in the future; the Dashboard wants seconds since the epoch. */
    private static final long DEFAULT_EXPIRY = 3122064000L;

    @ParentCommand
    NumctlApp app;

    @Option(names = "--order-type", defaultValue = "orders", description = "orders, portins, disconnects, ...")
    String orderType;

    @Option(names = "--callback-url", defaultValue = "https://numops.kestrelwave.net/api/callbacks/iris")
    String callbackUrl;

    @Option(names = "--sdk", description = "Create the subscription through the Iris SDK")
    boolean sdk;

    @Override
    public Integer call() throws Exception {
        String user = app.settings().get("callbacks.username", "NUMCTL_CALLBACK_USER", "iris");
        String password = app.settings().require("callbacks.password", "NUMCTL_CALLBACK_PASSWORD");
        if (sdk) {
            BasicAuthentication basic = new BasicAuthentication();
            basic.setUsername(user);
            basic.setPassword(password);
            CallbackCredentials credentials = new CallbackCredentials();
            credentials.setBasicAuthentication(basic);
            CallbackSubscription callback = new CallbackSubscription();
            callback.setURL(callbackUrl);
            callback.setExpiry(Long.toString(DEFAULT_EXPIRY));
            callback.setCallbackCredentials(credentials);
            Subscription subscription = new Subscription();
            subscription.setOrderType(orderType);
            subscription.setCallbackSubscription(callback);
            Subscription created = Subscription.create(app.iris(), subscription);
            System.out.println("Subscription " + created.getSubscriptionId());
            return 0;
        }

        String body;
        if ("portins".equals(orderType)) {
            body = """
                    <Subscription>
                        <OrderType>portins</OrderType>
                        <CallbackSubscription>
                            <URL>%s</URL>
                            <Expiry>%d</Expiry>
                        </CallbackSubscription>
                    </Subscription>
                    """.formatted(callbackUrl, DEFAULT_EXPIRY);
        } else if ("disconnects".equals(orderType)) {
            // Disconnect notices go to the billing robot, which only understands 10-digit numbers.
            body = """
                    <Subscription>
                        <OrderType>disconnects</OrderType>
                        <CallbackSubscription>
                            <URL>%s</URL>
                            <Expiry>%d</Expiry>
                            <NumberFormat>LEGACY</NumberFormat>
                        </CallbackSubscription>
                    </Subscription>
                    """.formatted(callbackUrl, DEFAULT_EXPIRY);
        } else {
            Map<String, Object> context = new HashMap<>();
            context.put("orderType", orderType);
            context.put("callbackUrl", callbackUrl);
            context.put("expiry", DEFAULT_EXPIRY);
            context.put("callbackUser", user);
            context.put("callbackPassword", password);
            body = app.templates().render("subscription.xml", context);
        }
        DashboardHttp http = app.http();
        System.out.println(http.post(http.accountUri("subscriptions").build(), body));
        return 0;
    }
}
