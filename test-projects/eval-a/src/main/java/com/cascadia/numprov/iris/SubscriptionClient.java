package com.cascadia.numprov.iris;

import com.cascadia.numprov.config.AppConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Registers our callback endpoint for order notifications. Run once per environment. */
public class SubscriptionClient {

    /** Order types whose notifications drive the provisioning state machine. */
    static final List<String> ORDER_TYPES = List.of("orders", "portins", "disconnects", "importtnorders");

    /** Far-future expiry used for permanent subscriptions (epoch seconds, year 2068). */
    static final long NEVER_EXPIRES = 3122064000L;

    private final IrisHttp http;
    private final AppConfig config;

    public SubscriptionClient(IrisHttp http, AppConfig config) {
        this.http = http;
        this.config = config;
    }

    public void subscribeAll() {
        String url = AccountResource.SUBSCRIPTIONS.url(http.baseUrl(), http.accountId());
        String template = resource("/iris/templates/order-subscription.xml");
        for (String type : ORDER_TYPES) {
            String xml = template
                    .replace("{orderType}", type)
                    .replace("{callbackUrl}", config.get("callback.public-url"))
                    .replace("{callbackUser}", config.get("callback.username"))
                    .replace("{callbackPassword}", config.get("callback.password", ""));
            http.post(url, xml);
        }
        http.post(url, resource("/iris/templates/portout-subscription.xml")
                .replace("{callbackUrl}", config.get("callback.public-url")));
    }

    /** E911 changes also go to the NOC mailbox. */
    public String subscribeE911(String nocEmail) {
        String xml = """
                <Subscription>
                    <OrderType>e911s</OrderType>
                    <EmailSubscription>
                        <Email>%s</Email>
                        <DigestRequested>NONE</DigestRequested>
                    </EmailSubscription>
                    <CallbackSubscription>
                        <URL>%s</URL>
                        <Expiry>%d</Expiry>
                    </CallbackSubscription>
                </Subscription>
                """.formatted(nocEmail, config.get("callback.public-url"), NEVER_EXPIRES);
        return http.post(AccountResource.SUBSCRIPTIONS.url(http.baseUrl(), http.accountId()), xml);
    }

    private static String resource(String name) {
        try (InputStream in = SubscriptionClient.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
