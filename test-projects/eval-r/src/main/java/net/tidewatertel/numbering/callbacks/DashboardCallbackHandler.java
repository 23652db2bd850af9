package net.tidewatertel.numbering.callbacks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.tidewatertel.numbering.dashboard.model.Notification;
import net.tidewatertel.numbering.notify.SubscriberNotifier;
import net.tidewatertel.numbering.store.NumberRecord;
import net.tidewatertel.numbering.store.NumberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the Dashboard's order and port-in notifications (registered by
 * {@link SubscriptionRegistrar}) and the messaging API's delivery callbacks.
 */
@Singleton
public class DashboardCallbackHandler {

  private static final Logger LOG = LoggerFactory.getLogger(DashboardCallbackHandler.class);

  private static final Pattern NATIONAL_NUMBER = Pattern.compile("\\d{10}");

  private final XmlMapper xml;
  private final NumberStore store;
  private final SubscriberNotifier notifier;

  @Inject
  public DashboardCallbackHandler(XmlMapper xml, NumberStore store, SubscriberNotifier notifier) {
    this.xml = xml;
    this.store = store;
    this.notifier = notifier;
  }

  /** POST /callbacks/dashboard/orders */
  public void handleOrderNotification(RoutingContext ctx) {
    Notification notification = parse(ctx);
    if (notification == null) {
      return;
    }
    LOG.info("order notification {} for {}: {}", notification.getSubscriptionId(),
        notification.getOrderId(), notification.getStatus());
    if (!notification.isComplete()) {
      ctx.response().setStatusCode(200).end();
      return;
    }
    List<Future<Void>> updates = new ArrayList<>();
    for (String tn : notification.getCompletedTelephoneNumbers()) {
      updates.add(store.findByTn(tn).compose(found -> found
          .map(rec -> store.updateStatus(rec.tn(), NumberRecord.IN_SERVICE))
          .orElseGet(() -> {
            LOG.warn("order {} completed {} which is not in our inventory", notification.getOrderId(), tn);
            return Future.succeededFuture();
          })));
    }
    Future.all(updates)
        .onSuccess(done -> ctx.response().setStatusCode(200).end())
        .onFailure(ctx::fail);
  }

  /** POST /callbacks/dashboard/portins */
  public void handlePortinNotification(RoutingContext ctx) {
    Notification notification = parse(ctx);
    if (notification == null) {
      return;
    }
    List<Future<Void>> work = new ArrayList<>();
    for (String tn : notification.getCompletedTelephoneNumbers()) {
      if (!NATIONAL_NUMBER.matcher(tn).matches()) {
        LOG.warn("port-in {} reported malformed number {}", notification.getOrderId(), tn);
        continue;
      }
      String smsAddress = "1" + tn;
      String display = String.format("(%s) %s-%s", tn.substring(0, 3), tn.substring(3, 6), tn.substring(6));
      work.add(store.updateStatus(tn, NumberRecord.IN_SERVICE)
          .compose(v -> notifier.textSubscriber(smsAddress,
              "Your number " + display + " now works on Tidewater Telephone. Welcome!")));
    }
    Future.all(work)
        .onSuccess(done -> ctx.response().setStatusCode(200).end())
        .onFailure(ctx::fail);
  }

  /** POST /callbacks/messaging/status: delivery receipts of the messaging API (JSON). */
  public void handleMessageDelivery(RoutingContext ctx) {
    JsonArray events = ctx.body().asJsonArray();
    for (int i = 0; i < events.size(); i++) {
      JsonObject event = events.getJsonObject(i);
      JsonObject message = event.getJsonObject("message", new JsonObject());
      String to = event.getString("to", "");
      String national = to.startsWith("+1") ? to.substring(2) : to;
      if ("message-failed".equals(event.getString("type"))) {
        LOG.warn("SMS {} to {} failed: {}", message.getString("id"), national, event.getString("description"));
      }
    }
    ctx.response().setStatusCode(204).end();
  }

  private Notification parse(RoutingContext ctx) {
    try {
      return xml.readValue(ctx.body().asString(), Notification.class);
    } catch (JsonProcessingException e) {
      LOG.warn("unreadable Dashboard notification", e);
      ctx.response().setStatusCode(400).end();
      return null;
    }
  }
}
