package com.cascadia.numprov.callback;

import com.cascadia.numprov.iris.XmlSupport;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.w3c.dom.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Receives Bandwidth order notifications (POST /callbacks/iris) and activates the numbers
 * the notification reports as completed.
 */
public class OrderNotificationHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(OrderNotificationHandler.class.getName());
    private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");

    private final ActivationStore store;
    private final Consumer<String> crmActivation;

    public OrderNotificationHandler(ActivationStore store, Consumer<String> crmActivation) {
        this.store = store;
        this.crmActivation = crmActivation;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Notification n = parse(body);
            if ("COMPLETE".equals(n.status()) || "PARTIAL".equals(n.status())) {
                activate(n);
            } else {
                LOG.info(() -> "Order " + n.orderId() + " is " + n.status() + ": " + n.message());
            }
            exchange.sendResponseHeaders(200, -1);
        }
    }

    static Notification parse(String xml) {
        Element root = XmlSupport.parse(xml).getDocumentElement();
        List<String> completed = new ArrayList<>();
        for (Element group : XmlSupport.elements(root, "CompletedTelephoneNumbers")) {
            for (Element tn : XmlSupport.elements(group, "TelephoneNumber")) {
                completed.add(tn.getTextContent().strip());
            }
        }
        return new Notification(
                XmlSupport.childText(root, "SubscriptionId"),
                XmlSupport.childText(root, "OrderType"),
                XmlSupport.childText(root, "OrderId"),
                XmlSupport.childText(root, "CustomerOrderId"),
                XmlSupport.childText(root, "Status"),
                XmlSupport.childText(root, "Message"),
                completed);
    }

    void activate(Notification n) {
        for (String tn : n.completedTelephoneNumbers()) {
            if (!TEN_DIGITS.matcher(tn).matches()) {
                LOG.warning(() -> "Unexpected number format in notification " + n.orderId() + ": " + tn);
                continue;
            }
            Optional<ActivationStore.PendingActivation> pending = store.find(tn);
            if (pending.isEmpty()) {
                LOG.warning(() -> "No pending activation for " + tn + " (order " + n.orderId() + ")");
                continue;
            }
            String e164 = "+1" + tn;
            crmActivation.accept(e164);
            store.complete(tn);
        }
    }
}
