package net.cascadiatel.provisioning.controllers;

import com.fasterxml.jackson.databind.JsonNode;
import javax.inject.Inject;
import net.cascadiatel.provisioning.messaging.SmsNotifier;
import net.cascadiatel.provisioning.store.TnInventoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;

/**
 * Inbound message events from the Bandwidth messaging API (v2). Customers text STOP/HELP to
 * their provisioning line.
 */
public class MessagingWebhookController extends Controller {

    private static final Logger log = LoggerFactory.getLogger(MessagingWebhookController.class);

    private final TnInventoryStore store;
    private final SmsNotifier notifier;

    @Inject
    public MessagingWebhookController(TnInventoryStore store, SmsNotifier notifier) {
        this.store = store;
        this.notifier = notifier;
    }

    /** POST /api/v1/callbacks/messaging */
    public Result inbound(Http.Request request) {
        JsonNode events = request.body().asJson();
        if (events == null || !events.isArray()) {
            return badRequest();
        }
        for (JsonNode event : events) {
            if (!"message-received".equals(event.path("type").asText())) {
                continue;
            }
            JsonNode message = event.path("message");
            String from = message.path("from").asText();
            String national = from.startsWith("+1") ? from.substring(2) : from;
            if (national.length() != 10) {
                log.info("Ignoring message from international number {}", from);
                continue;
            }
            String text = message.path("text").asText().trim().toUpperCase();
            if ("STOP".equals(text)) {
                store.optOut(national);
            } else if ("HELP".equals(text)) {
                notifier.sendHelp(from);
            }
        }
        return noContent();
    }
}
