package net.tidewatertel.numbering.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import io.vertx.core.Future;
import java.util.List;
import net.tidewatertel.numbering.dashboard.DashboardHttp;
import net.tidewatertel.numbering.dashboard.DashboardPaths;
import net.tidewatertel.numbering.dashboard.model.OrderResponseDoc;
import net.tidewatertel.numbering.store.NumberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fallback for lost callbacks: polls the orders still RECEIVED in our table.
 */
@Singleton
public class OrderPoller {

  private static final Logger LOG = LoggerFactory.getLogger(OrderPoller.class);

  private final DashboardHttp dashboard;
  private final XmlMapper xml;
  private final NumberStore store;

  @Inject
  public OrderPoller(DashboardHttp dashboard, XmlMapper xml, NumberStore store) {
    this.dashboard = dashboard;
    this.xml = xml;
    this.store = store;
  }

  public Future<Void> pollPending() {
    return store.pendingOrderIds().compose(ids -> {
      Future<Void> chain = Future.succeededFuture();
      for (String id : ids) {
        chain = chain.compose(v -> poll(id).recover(err -> {
          LOG.warn("polling order {} failed", id, err);
          return Future.succeededFuture();
        }));
      }
      return chain;
    });
  }

  Future<Void> poll(String orderId) {
    return dashboard.getXml(DashboardPaths.ORDERS + "/" + orderId)
        .map(this::read)
        .compose(response -> {
          if (!"COMPLETE".equals(response.getOrderStatus())) {
            return Future.succeededFuture();
          }
          List<Long> numbers = response.getCompletedNumbers().stream()
              .map(OrderResponseDoc.CompletedNumber::getFullNumber)
              .map(Long::parseLong)
              .toList();
          return store.recordOrderNumbers(orderId, numbers);
        });
  }

  private OrderResponseDoc read(String body) {
    try {
      return xml.readValue(body, OrderResponseDoc.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable order response", e);
    }
  }
}
