package net.northwind.porting.jobs;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.EmailSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import net.northwind.porting.app.AppConfig;
import net.northwind.porting.app.BatchJob;
import net.northwind.porting.http.DashboardHttp;
import net.northwind.porting.iris.IrisResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** (Re)creates the order-status subscriptions that drive our callback server. */
public class SubscriptionSetupJob implements BatchJob {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionSetupJob.class);

    /** Subscriptions never expire on our side; the carrier wants a date anyway (epoch seconds). */
    static final String EXPIRY = "3122064000";

    private final IrisClient iris;
    private final DashboardHttp http;
    private final AppConfig config;

    public SubscriptionSetupJob(IrisClient iris, DashboardHttp http, AppConfig config) {
        this.iris = iris;
        this.http = http;
        this.config = config;
    }

    @Override
    public String name() {
        return "subscriptions";
    }

    @Override
    public Result run(List<String> args) throws Exception {
        Subscription created = Subscription.create(iris, importOrderSubscription());
        log.info("importtnorders subscription {}", created.getSubscriptionId());

        String portins = template("templates/subscription-portins.xml")
                .replace("{callbackUrl}", config.callbackUrl())
                .replace("{user}", "carrier-hooks")
                .replace("{password}", System.getenv().getOrDefault("HOOK_PASSWORD", ""));
        http.post(IrisResource.SUBSCRIPTIONS.expand(config.accountId()), portins);

        http.post(IrisResource.SUBSCRIPTIONS.expand(config.accountId()), disconnectSubscription());

        String orders = template("templates/subscription-orders-e164.xml")
                .replace("{callbackUrl}", config.callbackUrl());
        http.post(IrisResource.SUBSCRIPTIONS.expand(config.accountId()), orders);

        http.post(IrisResource.SUBSCRIPTIONS.expand(config.accountId()), digestOnlySubscription());
        return Result.ok(name(), 4);
    }

    Subscription importOrderSubscription() {
        BasicAuthentication basic = new BasicAuthentication();
        basic.setUsername("carrier-hooks");
        basic.setPassword(System.getenv().getOrDefault("HOOK_PASSWORD", ""));
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(basic);

        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(config.callbackUrl());
        callback.setExpiry(EXPIRY);
        callback.setCallbackCredentials(credentials);

        Subscription subscription = new Subscription();
        subscription.setOrderType("importtnorders");
        subscription.setCallbackSubscription(callback);
        return subscription;
    }

    String disconnectSubscription() {
        return """
                <Subscription>
                    <OrderType>disconnects</OrderType>
                    <EmailSubscription>
                        <Email>noc@northwind-telco.net</Email>
                        <DigestRequested>NONE</DigestRequested>
                    </EmailSubscription>
                    <CallbackSubscription>
                        <URL>%s</URL>
                        <Expiry>%s</Expiry>
                    </CallbackSubscription>
                </Subscription>
                """.formatted(config.callbackUrl(), EXPIRY);
    }

    String digestOnlySubscription() {
        StringBuilder xml = new StringBuilder();
        xml.append("<Subscription>");
        xml.append("<OrderType>portouts</OrderType>");
        xml.append("<EmailSubscription>");
        xml.append("<Email>porting-desk@northwind-telco.net</Email>");
        xml.append("<DigestRequested>DAILY</DigestRequested>");
        xml.append("</EmailSubscription>");
        xml.append("</Subscription>");
        return xml.toString();
    }

    /** The SDK variant for the e-mail digest (kept for the ops console). */
    Subscription emailDigest(String orderType) {
        EmailSubscription email = new EmailSubscription();
        email.setEmail("porting-desk@northwind-telco.net");
        email.setDigestRequested("DAILY");
        Subscription subscription = new Subscription();
        subscription.setOrderType(orderType);
        subscription.setEmailSubscription(email);
        return subscription;
    }

    private static String template(String name) throws IOException {
        try (InputStream in = SubscriptionSetupJob.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
