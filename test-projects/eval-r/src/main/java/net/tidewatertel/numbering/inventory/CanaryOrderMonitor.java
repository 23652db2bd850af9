package net.tidewatertel.numbering.inventory;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.WebClient;
import java.util.List;
import java.util.Map;
import net.tidewatertel.numbering.dashboard.DashboardEndpoints;
import net.tidewatertel.numbering.dashboard.DashboardHttp;
import net.tidewatertel.numbering.dashboard.XmlTemplates;

/**
 * Staging only: every night orders the two canary numbers on the test Dashboard and
 * disconnects them again, so that a broken order flow shows up before production does.
 */
@Singleton
public class CanaryOrderMonitor {

  /** Keep in sync with templates/canary-order.xml. */
  static final List<String> CANARY_TNS = List.of("7575550180", "7575550181");

  private static final String DISCONNECT = """
      <DisconnectTelephoneNumberOrder>
          <CustomerOrderId>tidewater-canary-disconnect</CustomerOrderId>
          <DisconnectTelephoneNumberOrderType>
              <TelephoneNumberList>
                  %s
              </TelephoneNumberList>
          </DisconnectTelephoneNumberOrderType>
      </DisconnectTelephoneNumberOrder>
      """;

  private final WebClient web;
  private final String accountId;
  private final String siteId;
  private final String username;
  private final String password;

  @Inject
  public CanaryOrderMonitor(WebClient web,
                            @Named("dashboard.account-id") String accountId,
                            @Named("dashboard.site-id") String siteId,
                            @Named("dashboard.username") String username,
                            @Named("dashboard.password") String password) {
    this.web = web;
    this.accountId = accountId;
    this.siteId = siteId;
    this.username = username;
    this.password = password;
  }

  public Future<Void> runOnce() {
    String order = XmlTemplates.render("templates/canary-order.xml", Map.of("siteId", siteId));
    return post("orders", order)
        .compose(ignored -> post("disconnects", disconnectBody()))
        .recover(err -> Future.failedFuture(new IllegalStateException(
            "canary failed, see https://" + DashboardEndpoints.TEST_HOST + "/api/accounts/" + accountId + "/orders", err)))
        .mapEmpty();
  }

  static String disconnectBody() {
    StringBuilder numbers = new StringBuilder();
    for (String tn : CANARY_TNS) {
      numbers.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
    }
    return DISCONNECT.formatted(numbers);
  }

  private Future<String> post(String collection, String body) {
    return web.postAbs(DashboardEndpoints.TEST_BASE_URL + "accounts/" + accountId + "/" + collection)
        .basicAuthentication(username, password)
        .putHeader("Content-Type", DashboardHttp.XML)
        .sendBuffer(Buffer.buffer(body))
        .compose(resp -> DashboardHttp.body(resp, "canary " + collection));
  }
}
