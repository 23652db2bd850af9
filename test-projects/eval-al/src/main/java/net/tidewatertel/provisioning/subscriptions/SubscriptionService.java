package net.tidewatertel.provisioning.subscriptions;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.tidewatertel.provisioning.http.DashboardHttpClient;
import net.tidewatertel.provisioning.http.DashboardPaths;
import net.tidewatertel.provisioning.http.HttpResult;
import net.tidewatertel.provisioning.http.XmlSupport;
import net.tidewatertel.provisioning.subscriptions.SubscriptionXml.CallbackSubscriptionXml;

/**
 * Registers our callback endpoint for Dashboard order notifications. Run once per
 * environment from the admin console; the subscriptions survive restarts.
 */
public class SubscriptionService {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionService.class);

    /** Far-future expiry the vendor documents for "never". */
    private static final long NEVER_EXPIRES = 3122064000L;

    private final DashboardHttpClient http;
    private final DashboardPaths paths;
    private final String callbackUrl;

    public SubscriptionService(DashboardHttpClient http, DashboardPaths paths, String callbackUrl) {
        this.http = http;
        this.paths = paths;
        this.callbackUrl = callbackUrl;
    }

    public String subscribeOrders(String username, String password) throws IOException {
        String body = """
                <Subscription>
                  <OrderType>orders</OrderType>
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
                """.formatted(callbackUrl, username, password);
        return create(body);
    }

    public String subscribePortIns(String username, String password) throws IOException {
        String body = """
                <Subscription>
                  <OrderType>portins</OrderType>
                  <CallbackSubscription>
                    <URL>%s</URL>
                    <Expiry>3122064000</Expiry>
                    <NumberFormat>E164</NumberFormat>
                    <CallbackCredentials>
                      <BasicAuthentication>
                        <Username>%s</Username>
                        <Password>%s</Password>
                      </BasicAuthentication>
                    </CallbackCredentials>
                  </CallbackSubscription>
                </Subscription>
                """.formatted(callbackUrl + "/portins", username, password);
        return create(body);
    }

    public String subscribeImportTnOrders() throws IOException {
        String body = "<Subscription><OrderType>importtnorders</OrderType>"
                + "<CallbackSubscription><URL>" + callbackUrl + "/hosted</URL><Expiry>" + NEVER_EXPIRES + "</Expiry></CallbackSubscription>"
                + "</Subscription>";
        return create(body);
    }

    public String subscribeDisconnects(String username, String password) throws IOException {
        CallbackSubscriptionXml callback = new CallbackSubscriptionXml();
        callback.setUrl(callbackUrl + "/disconnects");
        callback.setExpiry(NEVER_EXPIRES);
        callback.setCredentials(new CallbackSubscriptionXml.Credentials(username, password));
        return create(XmlSupport.marshal(new SubscriptionXml("disconnects", callback)));
    }

    public String subscribeTnOptionOrders(String username, String password) throws IOException {
        CallbackSubscriptionXml callback = new CallbackSubscriptionXml();
        callback.setUrl(callbackUrl + "/tnoptions");
        callback.setExpiry(NEVER_EXPIRES);
        callback.setNumberFormat("LEGACY");
        callback.setCredentials(new CallbackSubscriptionXml.Credentials(username, password));
        return create(XmlSupport.marshal(new SubscriptionXml("tnoptions", callback)));
    }

    /** Digest e-mail to the NOC mailbox for every port-out. */
    public String subscribePortOutEmail() throws IOException {
        String body = "<Subscription><OrderType>portouts</OrderType><EmailSubscription>"
                + "<Email>noc@tidewatertel.net</Email><DigestRequested>DAILY</DigestRequested>"
                + "</EmailSubscription></Subscription>";
        return create(body);
    }

    public boolean unsubscribe(String subscriptionId) throws IOException {
        return http.delete(paths.subscriptions() + "/" + subscriptionId).isSuccess();
    }

    private String create(String body) throws IOException {
        HttpResult result = http.post(paths.subscriptions(), body);
        if (!result.isSuccess()) {
            throw new IOException("Subscription rejected: " + result.getBody());
        }
        LOG.info("Subscription {} created", result.createdId());
        return result.createdId();
    }
}
