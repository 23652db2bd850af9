package net.tidewatertel.numbering.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import java.util.List;
import net.tidewatertel.numbering.dashboard.DashboardHttp;
import net.tidewatertel.numbering.dashboard.DashboardPaths;
import net.tidewatertel.numbering.dashboard.model.OrderRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places new-number orders on the Dashboard. Completion arrives by callback
 * (DashboardCallbackHandler) or, as a fallback, through the OrderPoller.
 */
@Singleton
public class NumberOrderService {

  private static final Logger LOG = LoggerFactory.getLogger(NumberOrderService.class);

  private final DashboardHttp dashboard;
  private final XmlMapper xml;
  private final String siteId;
  private final String sipPeerId;

  @Inject
  public NumberOrderService(DashboardHttp dashboard,
                            XmlMapper xml,
                            @Named("dashboard.site-id") String siteId,
                            @Named("dashboard.sip-peer-id") String sipPeerId) {
    this.dashboard = dashboard;
    this.xml = xml;
    this.siteId = siteId;
    this.sipPeerId = sipPeerId;
  }

  /** Orders specific numbers (picked by the customer from a search). Returns the order id. */
  public Future<String> orderExisting(String customerOrderId, List<String> telephoneNumbers) {
    OrderRequest order = OrderRequest.builder()
        .customerOrderId(customerOrderId)
        .name("tn-inventory " + customerOrderId)
        .siteId(siteId)
        .peerId(sipPeerId)
        .partialAllowed(false)
        .existingNumbers(telephoneNumbers)
        .build();
    return submit(order);
  }

  /** Orders any {@code quantity} numbers of an area code. */
  public Future<String> orderByAreaCode(String customerOrderId, int areaCode, int quantity) {
    OrderRequest order = OrderRequest.builder()
        .customerOrderId(customerOrderId)
        .siteId(siteId)
        .peerId(sipPeerId)
        .partialAllowed(true)
        .areaCodeSearch(areaCode, quantity)
        .build();
    return submit(order);
  }

  Future<String> submit(OrderRequest order) {
    String body;
    try {
      body = xml.writeValueAsString(order);
    } catch (JsonProcessingException e) {
      return Future.failedFuture(e);
    }
    return dashboard.post(DashboardPaths.ORDERS)
        .putHeader(HttpHeaders.CONTENT_TYPE.toString(), DashboardHttp.XML)
        .sendBuffer(Buffer.buffer(body))
        .compose(resp -> DashboardHttp.body(resp, "order " + order.getCustomerOrderId())
            .map(ignored -> DashboardHttp.idFromLocation(resp)))
        .onSuccess(id -> LOG.info("order {} placed as {}", order.getCustomerOrderId(), id));
  }
}
