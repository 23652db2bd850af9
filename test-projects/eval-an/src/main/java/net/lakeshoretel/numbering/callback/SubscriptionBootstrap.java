package net.lakeshoretel.numbering.callback;

import net.lakeshoretel.numbering.config.JobSettings;
import net.lakeshoretel.numbering.dashboard.DashboardTransport;
import net.lakeshoretel.numbering.dashboard.DashboardUrls;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Makes sure the Dashboard sends order and port-in callbacks to our relay before the job starts
 * consuming them. Safe to run on every deployment: existing subscriptions are left alone.
 */
public class SubscriptionBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionBootstrap.class);
    private static final MediaType XML = MediaType.get("application/xml");
    /** Far-future expiry the Dashboard accepts for permanent subscriptions (epoch seconds). */
    private static final String NEVER_EXPIRES = "3122064000";

    private final JobSettings settings;
    private final DashboardTransport transport;
    private final DashboardUrls urls;

    public SubscriptionBootstrap(JobSettings settings, DashboardTransport transport) {
        this.settings = settings;
        this.transport = transport;
        this.urls = new DashboardUrls(settings);
    }

    public void ensureSubscriptions() throws Exception {
        String existing = transport.execute(new Request.Builder().url(urls.subscriptions()).get().build())
                .get(30, TimeUnit.SECONDS).body();
        if (!existing.contains("<OrderType>orders</OrderType>")) {
            create(ordersSubscription());
        }
        if (!existing.contains("<OrderType>portins</OrderType>")) {
            create(template("/templates/subscription-portins.xml"));
        }
        if (!existing.contains("<OrderType>portouts</OrderType>")) {
            create(portOutsSubscription());
        }
    }

    String ordersSubscription() {
        return """
                <Subscription>
                    <OrderType>orders</OrderType>
                    <CallbackSubscription>
                        <URL>%s</URL>
                        <Expiry>%s</Expiry>
                        <CallbackCredentials>
                            <BasicAuthentication>
                                <Username>%s</Username>
                                <Password>%s</Password>
                            </BasicAuthentication>
                        </CallbackCredentials>
                    </CallbackSubscription>
                </Subscription>
                """.formatted(settings.callbackUrl(), NEVER_EXPIRES, "dashboard-relay", relayPassword());
    }

    /** Port-outs feed the churn dashboard, which already works with E.164 numbers. */
    String portOutsSubscription() {
        return """
                <Subscription>
                    <OrderType>portouts</OrderType>
                    <CallbackSubscription>
                        <URL>%s</URL>
                        <Expiry>%s</Expiry>
                        <NumberFormat>E164</NumberFormat>
                    </CallbackSubscription>
                </Subscription>
                """.formatted(settings.callbackUrl(), NEVER_EXPIRES);
    }

    private String template(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{callbackUrl}}", settings.callbackUrl())
                    .replace("{{password}}", relayPassword());
        }
    }

    private void create(String xml) throws Exception {
        Request request = new Request.Builder().url(urls.subscriptions()).post(RequestBody.create(xml, XML)).build();
        DashboardTransport.Reply reply = transport.execute(request).get(30, TimeUnit.SECONDS);
        if (!reply.isSuccessful()) {
            throw new IOException("subscription refused: HTTP " + reply.status() + " " + reply.body());
        }
        LOG.info("Created Dashboard subscription {}", reply.createdId());
    }

    private static String relayPassword() {
        String password = System.getenv("DASHBOARD_RELAY_PASSWORD");
        return password == null ? "" : password;
    }
}
