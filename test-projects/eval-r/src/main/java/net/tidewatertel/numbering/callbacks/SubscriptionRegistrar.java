package net.tidewatertel.numbering.callbacks;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import java.util.Map;
import net.tidewatertel.numbering.dashboard.DashboardHttp;
import net.tidewatertel.numbering.dashboard.DashboardPaths;
import net.tidewatertel.numbering.dashboard.XmlTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the Dashboard calls us back for orders, port-ins and E911 changes. Subscriptions
 * are matched by callback URL, so re-running is harmless.
 */
@Singleton
public class SubscriptionRegistrar {

  private static final Logger LOG = LoggerFactory.getLogger(SubscriptionRegistrar.class);

  /** 2068-12-08, the farthest expiry the Dashboard accepts. */
  static final long MAX_EXPIRY = 3122064000L;

  private static final String ORDER_SUBSCRIPTION = """
      <Subscription>
          <OrderType>orders</OrderType>
          <CallbackSubscription>
              <URL>%s</URL>
              <Expiry>%d</Expiry>
              <CallbackCredentials>
                  <BasicAuthentication>
                      <Username>%s</Username>
                      <Password>%s</Password>
                  </BasicAuthentication>
              </CallbackCredentials>
          </CallbackSubscription>
      </Subscription>
      """;

  private static final String E911_SUBSCRIPTION = """
      <Subscription>
          <OrderType>e911s</OrderType>
          <CallbackSubscription>
              <URL>%s</URL>
              <Expiry>%d</Expiry>
              <NumberFormat>LEGACY</NumberFormat>
          </CallbackSubscription>
      </Subscription>
      """;

  private static final String DISCONNECT_DIGEST = """
      <Subscription>
          <OrderType>disconnects</OrderType>
          <EmailSubscription>
              <Email>noc@tidewatertel.net</Email>
              <DigestRequested>DAILY</DigestRequested>
          </EmailSubscription>
      </Subscription>
      """;

  private final DashboardHttp dashboard;
  private final String publicBaseUrl;
  private final String ordersPath;
  private final String portinsPath;
  private final String username;
  private final String password;
  private final long expiry;

  @Inject
  public SubscriptionRegistrar(DashboardHttp dashboard,
                               @Named("callbacks.public-base-url") String publicBaseUrl,
                               @Named("callbacks.orders-path") String ordersPath,
                               @Named("callbacks.portins-path") String portinsPath,
                               @Named("callbacks.username") String username,
                               @Named("callbacks.password") String password,
                               @Named("callbacks.expiry-epoch") long expiry) {
    this.dashboard = dashboard;
    this.publicBaseUrl = publicBaseUrl;
    this.ordersPath = ordersPath;
    this.portinsPath = portinsPath;
    this.username = username;
    this.password = password;
    this.expiry = Math.min(expiry, MAX_EXPIRY);
  }

  public Future<Void> ensureSubscriptions() {
    return dashboard.getXml(DashboardPaths.SUBSCRIPTIONS)
        .compose(existing -> {
          Future<Void> chain = Future.succeededFuture();
          String ordersUrl = publicBaseUrl + ordersPath;
          if (!existing.contains(ordersUrl)) {
            chain = chain.compose(v -> create(ORDER_SUBSCRIPTION.formatted(ordersUrl, expiry, username, password)));
          }
          String portinsUrl = publicBaseUrl + portinsPath;
          if (!existing.contains(portinsUrl)) {
            chain = chain.compose(v -> create(XmlTemplates.render("templates/subscription-portins.xml", Map.of(
                "callbackUrl", portinsUrl,
                "expiry", expiry,
                "username", username,
                "password", password))));
          }
          String e911Url = publicBaseUrl + "/callbacks/dashboard/e911s";
          if (!existing.contains(e911Url)) {
            chain = chain.compose(v -> create(E911_SUBSCRIPTION.formatted(e911Url, expiry)));
          }
          if (!existing.contains("noc@tidewatertel.net")) {
            chain = chain.compose(v -> create(DISCONNECT_DIGEST));
          }
          return chain;
        });
  }

  private Future<Void> create(String body) {
    return dashboard.postXml(DashboardPaths.SUBSCRIPTIONS, body)
        .onSuccess(ignored -> LOG.info("Dashboard subscription created"))
        .mapEmpty();
  }
}
