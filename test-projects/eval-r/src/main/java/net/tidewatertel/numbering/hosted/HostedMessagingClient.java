package net.tidewatertel.numbering.hosted;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import java.util.List;
import java.util.stream.Collectors;
import net.tidewatertel.numbering.dashboard.DashboardHttp;
import net.tidewatertel.numbering.dashboard.DashboardPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hosted messaging: numbers that stay on our switch for voice but send and receive SMS through
 * Bandwidth. Import and removal orders of the Dashboard, raw XML.
 */
@Singleton
public class HostedMessagingClient {

  private static final Logger LOG = LoggerFactory.getLogger(HostedMessagingClient.class);

  private static final String IMPORT_ORDER = """
      <ImportTnOrder>
          <CustomerOrderId>%s</CustomerOrderId>
          <SiteId>%s</SiteId>
          <SipPeerId>%s</SipPeerId>
          <Subscriber>
              <Name>%s</Name>
          </Subscriber>
          <LoaAuthorizingPerson>%s</LoaAuthorizingPerson>
          <TelephoneNumbers>
              %s
          </TelephoneNumbers>
      </ImportTnOrder>
      """;

  private final DashboardHttp dashboard;
  private final String siteId;
  private final String sipPeerId;

  @Inject
  public HostedMessagingClient(DashboardHttp dashboard,
                               @Named("dashboard.site-id") String siteId,
                               @Named("dashboard.sip-peer-id") String sipPeerId) {
    this.dashboard = dashboard;
    this.siteId = siteId;
    this.sipPeerId = sipPeerId;
  }

  // POST /accounts/{accountId}/importTnOrders, answered with 201 and the order in Location
  public Future<String> importForMessaging(ImportTnOrder order) {
    String body = IMPORT_ORDER.formatted(order.customerOrderId(), siteId, sipPeerId,
        order.subscriberName(), order.loaAuthorizingPerson(), numbers(order.telephoneNumbers()));
    LOG.info("importing {} numbers for hosted messaging ({})", order.size(), order.customerOrderId());
    return dashboard.postXml(DashboardPaths.IMPORT_TN_ORDERS, body);
  }

  /** Voice-only imports for the SIP trunking customers, already on the split endpoint. */
  public Future<String> importForVoice(ImportTnOrder order) {
    String body = IMPORT_ORDER.formatted(order.customerOrderId(), siteId, sipPeerId,
        order.subscriberName(), order.loaAuthorizingPerson(), numbers(order.telephoneNumbers()));
    return dashboard.postXml("/importTnOrders/voice", body);
  }

  public Future<String> importHistory(String orderId) {
    return dashboard.getXml(String.format("/importTnOrders/%s/history", orderId));
  }

  public Future<String> removeFromMessaging(String customerOrderId, List<String> telephoneNumbers) {
    String body = new StringBuilder()
        .append("<RemoveImportedTnOrder>")
        .append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>")
        .append("<TelephoneNumbers>").append(numbers(telephoneNumbers)).append("</TelephoneNumbers>")
        .append("</RemoveImportedTnOrder>")
        .toString();
    return dashboard.postXml("/removeImportedTnOrders", body);
  }

  public Future<String> removalStatus(String orderId) {
    return dashboard.getXml(DashboardPaths.REMOVE_IMPORTED_TN_ORDERS + "/" + orderId);
  }

  /** Portability pre-check before we promise a date to the customer. */
  public Future<String> checkImportable(List<String> telephoneNumbers) {
    String body = "<ImportTnCheckerPayload><TelephoneNumbers>" + numbers(telephoneNumbers)
        + "</TelephoneNumbers></ImportTnCheckerPayload>";
    return dashboard.postXml(DashboardPaths.IMPORT_TN_CHECKER, body);
  }

  static String numbers(List<String> telephoneNumbers) {
    return telephoneNumbers.stream()
        .map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>")
        .collect(Collectors.joining());
  }
}
