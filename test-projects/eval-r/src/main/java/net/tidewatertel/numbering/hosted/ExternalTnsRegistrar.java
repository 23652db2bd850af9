package net.tidewatertel.numbering.hosted;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import net.tidewatertel.numbering.dashboard.DashboardHttp;
import net.tidewatertel.numbering.dashboard.EndpointTemplates;
import net.tidewatertel.numbering.store.NumberRecord;
import net.tidewatertel.numbering.store.NumberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Numbers of the partner CLECs we resell messaging for are registered on the Dashboard as
 * external TNs. Runs from the jobs verticle when {@code jobs.external-tns-enabled} is on.
 */
@Singleton
public class ExternalTnsRegistrar {

  private static final Logger LOG = LoggerFactory.getLogger(ExternalTnsRegistrar.class);

  private final DashboardHttp dashboard;
  private final EndpointTemplates templates;
  private final NumberStore store;
  private final boolean enabled;
  private final String siteId;
  private final String sipPeerId;

  @Inject
  public ExternalTnsRegistrar(DashboardHttp dashboard,
                              EndpointTemplates templates,
                              NumberStore store,
                              @Named("jobs.external-tns-enabled") boolean enabled,
                              @Named("dashboard.site-id") String siteId,
                              @Named("dashboard.sip-peer-id") String sipPeerId) {
    this.dashboard = dashboard;
    this.templates = templates;
    this.store = store;
    this.enabled = enabled;
    this.siteId = siteId;
    this.sipPeerId = sipPeerId;
  }

  public Future<Integer> registerPending() {
    if (!enabled) {
      return Future.succeededFuture(0);
    }
    return store.findByStatus(NumberRecord.HOSTED_MESSAGING)
        .compose(records -> {
          List<String> tns = records.stream().map(NumberRecord::tn).toList();
          if (tns.isEmpty()) {
            return Future.succeededFuture(0);
          }
          return dashboard.postXml("/externalTns", externalTnsOrder("IMPORT", tns))
              .map(ignored -> tns.size());
        })
        .onSuccess(n -> LOG.info("registered {} partner numbers via POST /externalTns", n));
  }

  public Future<Void> deregister(List<String> tns) {
    return dashboard.postXml("/externalTns", externalTnsOrder("REMOVE", tns)).mapEmpty();
  }

  public Future<String> status(String orderId) {
    String url = String.format("%s/accounts/%s/externalTns/%s", dashboard.baseUrl(), dashboard.accountId(), orderId);
    return dashboard.getAbsolute(url).send().compose(resp -> DashboardHttp.body(resp, "externalTns " + orderId));
  }

  public Future<String> listOrders() {
    String path = templates.expand("external-tns", Map.of());
    return dashboard.getAbsolute(dashboard.url(path)).send().compose(resp -> DashboardHttp.body(resp, "externalTns"));
  }

  String externalTnsOrder(String action, List<String> tns) {
    StringBuilder sb = new StringBuilder("<ExternalTnsOrder>");
    sb.append("<CustomerOrderId>ext-").append(System.currentTimeMillis()).append("</CustomerOrderId>");
    sb.append("<SiteId>").append(siteId).append("</SiteId>");
    sb.append("<SipPeerId>").append(sipPeerId).append("</SipPeerId>");
    sb.append("<Action>").append(action).append("</Action>");
    sb.append("<LoaType>CARRIER</LoaType>");
    sb.append("<TelephoneNumbers>").append(HostedMessagingClient.numbers(tns)).append("</TelephoneNumbers>");
    return sb.append("</ExternalTnsOrder>").toString();
  }
}
