package net.harbourline.numberdesk.service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.harbourline.numberdesk.config.DashboardEndpoints;
import net.harbourline.numberdesk.config.DashboardSettings;
import net.harbourline.numberdesk.dashboard.BasicAuthFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Registers our callback endpoints for Dashboard order notifications. */
@Stateless
public class SubscriptionService {

    /** Far-future expiry the Dashboard accepts for "never". */
    private static final String NEVER_EXPIRES = "3122064000";

    @Inject
    DashboardSettings settings;

    @Inject
    IrisClient iris;

    @Inject
    @ConfigProperty(name = "dashboard.callback.username", defaultValue = "dashboard")
    String callbackUser;

    @Inject
    @ConfigProperty(name = "dashboard.callback.password", defaultValue = "")
    String callbackPassword;

    public String subscribeOrders() {
        String body = """
                <Subscription>
                    <OrderType>orders</OrderType>
                    <CallbackSubscription>
                        <URL>%s/orders</URL>
                        <Expiry>%s</Expiry>
                        <CallbackCredentials>
                            <BasicAuthentication>
                                <Username>%s</Username>
                                <Password>%s</Password>
                            </BasicAuthentication>
                        </CallbackCredentials>
                    </CallbackSubscription>
                </Subscription>
                """.formatted(settings.callbackBaseUrl(), NEVER_EXPIRES, callbackUser, callbackPassword);
        return post(body);
    }

    public String subscribeE911() {
        String body = """
                <Subscription>
                    <OrderType>e911s</OrderType>
                    <CallbackSubscription>
                        <URL>%s/e911</URL>
                        <Expiry>%s</Expiry>
                        <NumberFormat>E164</NumberFormat>
                    </CallbackSubscription>
                </Subscription>
                """.formatted(settings.callbackBaseUrl(), NEVER_EXPIRES);
        return post(body);
    }

    public String subscribePortIns() {
        String body = template("/templates/subscription-portins.xml")
                .replace("${callbackUrl}", settings.callbackBaseUrl() + "/portins")
                .replace("${expiry}", NEVER_EXPIRES);
        return post(body);
    }

    public Subscription subscribeDisconnects() throws Exception {
        BasicAuthentication auth = new BasicAuthentication();
        auth.setUsername(callbackUser);
        auth.setPassword(callbackPassword);
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(auth);
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(settings.callbackBaseUrl() + "/disconnects");
        callback.setExpiry(NEVER_EXPIRES);
        callback.setCallbackCredentials(credentials);
        Subscription subscription = new Subscription();
        subscription.setOrderType("disconnects");
        subscription.setCallbackSubscription(callback);
        return Subscription.create(iris, subscription);
    }

    private String post(String body) {
        String url = settings.baseUrl() + DashboardEndpoints.ACCOUNTS + settings.accountId() + DashboardEndpoints.SUBSCRIPTIONS;
        Client client = ClientBuilder.newClient().register(new BasicAuthFilter(settings.username(), settings.password()));
        try (Response response = client.target(url).request(MediaType.APPLICATION_XML).post(Entity.xml(body))) {
            return response.getHeaderString("Location");
        } finally {
            client.close();
        }
    }

    private String template(String name) {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
