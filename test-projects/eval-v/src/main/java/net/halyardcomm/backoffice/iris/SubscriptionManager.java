package net.halyardcomm.backoffice.iris;

import java.util.HashMap;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.BasicAuthentication;
import com.bandwidth.iris.sdk.model.CallbackCredentials;
import com.bandwidth.iris.sdk.model.CallbackSubscription;
import com.bandwidth.iris.sdk.model.Subscription;

import net.halyardcomm.backoffice.config.IrisSettings;
import net.halyardcomm.backoffice.http.DashboardHttp;
import net.halyardcomm.backoffice.http.HttpResult;
import net.halyardcomm.backoffice.templates.XmlTemplates;
import net.halyardcomm.backoffice.xml.JaxbCodec;
import net.halyardcomm.backoffice.xml.SubscriptionXml;

/**
 * Registers our callback URL for the order types the back office reacts to. Run once per
 * environment by {@code BackofficeMain subscribe}; the Dashboard keeps them until Expiry.
 */
public class SubscriptionManager {

    /** 2068-12-07, i.e. "never" as far as we are concerned. */
    static final String FAR_EXPIRY = "3122064000";

    private final IrisClient client;
    private final DashboardHttp http;
    private final JaxbCodec codec;
    private final XmlTemplates templates;
    private final IrisSettings settings;

    public SubscriptionManager(IrisClient client, DashboardHttp http, JaxbCodec codec, XmlTemplates templates,
            IrisSettings settings) {
        this.client = client;
        this.http = http;
        this.codec = codec;
        this.templates = templates;
        this.settings = settings;
    }

    /** New-number orders; through the SDK. */
    public String subscribeOrders() throws Exception {
        Subscription subscription = new Subscription();
        subscription.setOrderType("orders");
        CallbackSubscription callback = new CallbackSubscription();
        callback.setURL(settings.callbackUrl());
        callback.setExpiry(FAR_EXPIRY);
        callback.setCallbackCredentials(credentials());
        subscription.setCallbackSubscription(callback);
        return Subscription.create(client, subscription).getSubscriptionId();
    }

    /** Port-ins; the raw JAXB document so we can set OrderId filters later. */
    public String subscribePortins() {
        SubscriptionXml subscription = new SubscriptionXml("portins");
        SubscriptionXml.CallbackSubscription callback = new SubscriptionXml.CallbackSubscription(settings.callbackUrl(), FAR_EXPIRY);
        callback.setCredentials(settings.username(), settings.password());
        subscription.setCallbackSubscription(callback);
        return post(codec.marshal(subscription));
    }

    /** Disconnects; document comes from the ops template. */
    public String subscribeDisconnects() {
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("orderType", "disconnects");
        model.put("callbackUrl", settings.callbackUrl());
        model.put("expiry", FAR_EXPIRY);
        model.put("username", settings.username());
        model.put("password", settings.password());
        return post(templates.render(XmlTemplates.SUBSCRIPTION, model));
    }

    /** Hosted messaging imports; the billing system still wants 10-digit numbers here. */
    public String subscribeImports() {
        String body = """
                <Subscription>
                  <OrderType>importtnorders</OrderType>
                  <CallbackSubscription>
                    <URL>%s</URL>
                    <Expiry>3122064000</Expiry>
                    <NumberFormat>LEGACY</NumberFormat>
                  </CallbackSubscription>
                </Subscription>
                """.formatted(settings.callbackUrl());
        return post(body);
    }

    /** Port-outs: callback for the retention workflow plus a copy to the porting desk mailbox. */
    public String subscribePortouts(String mailbox) {
        String body = """
                <Subscription>
                  <OrderType>portouts</OrderType>
                  <EmailSubscription>
                    <Email>%s</Email>
                    <DigestRequested>NONE</DigestRequested>
                  </EmailSubscription>
                  <CallbackSubscription>
                    <URL>%s</URL>
                    <Expiry>%s</Expiry>
                  </CallbackSubscription>
                </Subscription>
                """.formatted(mailbox, settings.callbackUrl(), FAR_EXPIRY);
        return post(body);
    }

    /** TN option orders; these callbacks go to the new E.164-aware handler. */
    public String subscribeTnOptions() {
        SubscriptionXml subscription = new SubscriptionXml("tnoptions");
        SubscriptionXml.CallbackSubscription callback = new SubscriptionXml.CallbackSubscription(settings.callbackUrl(), FAR_EXPIRY);
        callback.setNumberFormat("E164");
        subscription.setCallbackSubscription(callback);
        return post(codec.marshal(subscription));
    }

    /** Daily e-mail digest of port-outs for the retention team; no callback involved. */
    public String subscribePortoutDigest(String mailbox) {
        String body = "<Subscription>"
                + "<OrderType>portouts</OrderType>"
                + "<EmailSubscription><Email>" + mailbox + "</Email><DigestRequested>DAILY</DigestRequested></EmailSubscription>"
                + "</Subscription>";
        return post(body);
    }

    private String post(String xml) {
        HttpResult result = http.post("/accounts/" + settings.accountId() + "/subscriptions", xml);
        return result.createdId();
    }

    private CallbackCredentials credentials() {
        BasicAuthentication basic = new BasicAuthentication();
        basic.setUsername(settings.username());
        basic.setPassword(settings.password());
        CallbackCredentials credentials = new CallbackCredentials();
        credentials.setBasicAuthentication(basic);
        return credentials;
    }
}
