package net.harbourline.tnbridge.processor;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import net.harbourline.tnbridge.model.CallbackCredentialsXml;
import net.harbourline.tnbridge.model.CallbackSubscriptionXml;
import net.harbourline.tnbridge.model.SubscriptionXml;
import org.apache.camel.Exchange;

import java.io.StringWriter;

/** Subscription request bodies; the callback URL and credentials come from properties. */
public class SubscriptionRequestFactory {

    /** Far-future expiry the Dashboard docs use for "never". */
    static final long NO_EXPIRY = 3122064000L;

    private static final String DISCONNECT_SUBSCRIPTION = """
            <Subscription>
              <OrderType>disconnects</OrderType>
              <EmailSubscription>
                <Email>noc@harbourline.net</Email>
                <DigestRequested>NONE</DigestRequested>
              </EmailSubscription>
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
            """;

    public String orders(Exchange exchange) throws JAXBException {
        CallbackSubscriptionXml callback = new CallbackSubscriptionXml();
        callback.setUrl(prop(exchange, "dashboard.callback-url"));
        callback.setExpiry(NO_EXPIRY);
        callback.setCredentials(new CallbackCredentialsXml(prop(exchange, "dashboard.callback-user"),
                prop(exchange, "dashboard.callback-password")));

        SubscriptionXml subscription = new SubscriptionXml();
        subscription.setOrderType("orders");
        subscription.setCallbackSubscription(callback);

        StringWriter out = new StringWriter();
        JAXBContext.newInstance(SubscriptionXml.class).createMarshaller().marshal(subscription, out);
        return out.toString();
    }

    public String disconnects(Exchange exchange) {
        return DISCONNECT_SUBSCRIPTION.formatted(prop(exchange, "dashboard.callback-url") + "/disconnects",
                prop(exchange, "dashboard.callback-user"), prop(exchange, "dashboard.callback-password"));
    }

    private static String prop(Exchange exchange, String key) {
        return exchange.getContext().resolvePropertyPlaceholders("{{" + key + "}}");
    }
}
