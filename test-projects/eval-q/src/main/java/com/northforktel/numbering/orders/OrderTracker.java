package com.northforktel.numbering.orders;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northforktel.numbering.dashboard.DashboardHttp;
import com.northforktel.numbering.dashboard.OrderGateway;
import com.northforktel.numbering.dashboard.XmlCodec;
import com.northforktel.numbering.inventory.NumberRecord;
import com.northforktel.numbering.inventory.NumberStore;
import com.northforktel.numbering.legacy.IrisClientFactory;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Orders we are waiting on. Callbacks normally close them; the poller is the safety net for
 * callbacks that never arrive.
 */
@Singleton
public class OrderTracker {

    private static final Logger log = LoggerFactory.getLogger(OrderTracker.class);

    /** Poll forever unless an operator cancels. */
    static final long UNLIMITED_ATTEMPTS = 2147483647L;

    public enum Kind { NEW_NUMBERS, EXTERNAL_TNS, HOSTED_IMPORT }

    public record Pending(String orderId, Kind kind, Instant since, int attempts) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Vertx vertx;
    private final OrderGateway orders;
    private final DashboardHttp http;
    private final XmlCodec xml;
    private final NumberStore store;
    private final IrisClientFactory iris;

    @Inject
    public OrderTracker(Vertx vertx, OrderGateway orders, DashboardHttp http, XmlCodec xml, NumberStore store,
                        IrisClientFactory iris) {
        this.vertx = vertx;
        this.orders = orders;
        this.http = http;
        this.xml = xml;
        this.store = store;
        this.iris = iris;
    }

    public void track(String orderId, Kind kind) {
        pending.putIfAbsent(orderId, new Pending(orderId, kind, Instant.now(), 0));
    }

    public void close(String orderId) {
        if (pending.remove(orderId) != null) {
            log.info("order {} closed", orderId.substring(0, Math.min(8, orderId.length())));
        }
    }

    public int size() {
        return pending.size();
    }

    public Future<Integer> pollAll() {
        List<Future<Boolean>> rounds = new ArrayList<>();
        for (Pending p : List.copyOf(pending.values())) {
            if (p.attempts() >= UNLIMITED_ATTEMPTS) {
                continue;
            }
            pending.put(p.orderId(), new Pending(p.orderId(), p.kind(), p.since(), p.attempts() + 1));
            rounds.add(switch (p.kind()) {
                case NEW_NUMBERS -> pollOrder(p.orderId());
                case EXTERNAL_TNS -> pollExternal(p.orderId());
                case HOSTED_IMPORT -> pollImport(p.orderId());
            });
        }
        return Future.join(rounds).map(cf -> (int) rounds.stream().filter(f -> Boolean.TRUE.equals(f.result())).count());
    }

    private Future<Boolean> pollOrder(String orderId) {
        return orders.get(orderId).compose(response -> {
            if (!"COMPLETE".equals(response.orderStatus)) {
                return Future.succeededFuture(false);
            }
            List<Future<Void>> updates = new ArrayList<>();
            for (String tn : response.completed()) {
                if (!tn.matches("\\d{10}")) {
                    log.warn("order {} returned unexpected number {}", orderId, tn);
                    continue;
                }
                updates.add(store.markStatus(tn, NumberRecord.Status.IN_SERVICE));
            }
            close(orderId);
            return Future.all(updates).map(true);
        });
    }

    private Future<Boolean> pollExternal(String orderId) {
        String url = MessageFormat.format("{0}/accounts/{1}/externalTns/{2}", http.baseUrl(), http.accountId(), orderId);
        return http.send(http.get(url)).map(body -> {
            boolean done = "COMPLETE".equals(xml.textOf(body, "ProcessingStatus"));
            if (done) {
                close(orderId);
            }
            return done;
        });
    }

    private Future<Boolean> pollImport(String orderId) {
        return vertx.executeBlocking(() -> {
            com.bandwidth.iris.sdk.model.ImportTnOrder order =
                    com.bandwidth.iris.sdk.model.ImportTnOrder.Get(iris.defaultClient(), orderId);
            boolean done = "COMPLETE".equals(order.getProcessingStatus());
            if (done) {
                close(orderId);
            }
            return done;
        });
    }
}
