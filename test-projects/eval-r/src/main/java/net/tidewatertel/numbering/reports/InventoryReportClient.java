package net.tidewatertel.numbering.reports;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.LocalDate;
import java.util.Map;
import net.tidewatertel.numbering.config.DashboardSettings;
import net.tidewatertel.numbering.dashboard.DashboardException;
import net.tidewatertel.numbering.dashboard.DashboardHttp;
import net.tidewatertel.numbering.dashboard.DashboardPaths;
import net.tidewatertel.numbering.dashboard.XmlTemplates;

/**
 * Runs the Dashboard's "Telephone Number Inventory" report, waits for it and downloads the CSV.
 * The monthly port-out report goes through the same instance API.
 */
@Singleton
public class InventoryReportClient {

  private static final String INVENTORY_INSTANCE = """
      <Instance>
          <OutputFormat>%s</OutputFormat>
          <Parameters>
              <Parameter>
                  <Name>Account</Name>
                  <Value>%s</Value>
              </Parameter>
              <Parameter>
                  <Name>Sub-account</Name>
                  <Value>%s</Value>
              </Parameter>
          </Parameters>
          <ExpiresAt>%s</ExpiresAt>
      </Instance>
      """;

  private final Vertx vertx;
  private final DashboardHttp dashboard;
  private final DashboardSettings settings;
  private final InventoryReportParser parser;
  private final String inventoryReportId;
  private final String portOutReportId;
  private final String outputFormat;
  private final long pollIntervalMs;

  @Inject
  public InventoryReportClient(Vertx vertx,
                               DashboardHttp dashboard,
                               DashboardSettings settings,
                               InventoryReportParser parser,
                               @Named("reports.inventory-report-id") String inventoryReportId,
                               @Named("reports.port-out-report-id") String portOutReportId,
                               @Named("reports.output-format") String outputFormat,
                               @Named("reports.poll-interval-ms") long pollIntervalMs) {
    this.vertx = vertx;
    this.dashboard = dashboard;
    this.settings = settings;
    this.parser = parser;
    this.inventoryReportId = inventoryReportId;
    this.portOutReportId = portOutReportId;
    this.outputFormat = outputFormat;
    this.pollIntervalMs = pollIntervalMs;
  }

  public Future<InventoryReportParser.Result> inventory() {
    String body = INVENTORY_INSTANCE.formatted(outputFormat, settings.accountId(), settings.siteId(),
        LocalDate.now().plusDays(7));
    return requestInstance(inventoryReportId, body)
        .compose(instanceId -> awaitReady(inventoryReportId, instanceId))
        .compose(instanceId -> download(inventoryReportId, instanceId))
        .map(parser::parse);
  }

  public Future<String> portOuts(LocalDate from, LocalDate to) {
    String body = XmlTemplates.render("templates/report-instance.xml", Map.of(
        "outputFormat", "csv",
        "accountId", settings.accountId(),
        "from", from,
        "to", to,
        "expiresAt", LocalDate.now().plusDays(3)));
    return requestInstance(portOutReportId, body)
        .compose(instanceId -> awaitReady(portOutReportId, instanceId))
        .compose(instanceId -> download(portOutReportId, instanceId));
  }

  Future<String> requestInstance(String reportId, String body) {
    return dashboard.post(DashboardPaths.REPORTS + "/" + reportId + "/instances")
        .putHeader("Content-Type", DashboardHttp.XML)
        .sendBuffer(io.vertx.core.buffer.Buffer.buffer(body))
        .compose(resp -> DashboardHttp.body(resp, "report " + reportId)
            .map(ignored -> DashboardHttp.idFromLocation(resp)));
  }

  Future<String> awaitReady(String reportId, String instanceId) {
    Promise<String> ready = Promise.promise();
    vertx.setPeriodic(pollIntervalMs, timer ->
        dashboard.getXml(DashboardPaths.REPORTS + "/" + reportId + "/instances/" + instanceId)
            .onFailure(err -> {
              vertx.cancelTimer(timer);
              ready.tryFail(err);
            })
            .onSuccess(xml -> {
              if (xml.contains("<Status>Ready</Status>")) {
                vertx.cancelTimer(timer);
                ready.tryComplete(instanceId);
              } else if (xml.contains("<Status>Error</Status>")) {
                vertx.cancelTimer(timer);
                ready.tryFail("report instance " + instanceId + " failed");
              }
            }));
    return ready.future();
  }

  Future<String> download(String reportId, String instanceId) {
    return dashboard.get(DashboardPaths.REPORTS + "/" + reportId + "/instances/" + instanceId + "/file")
        .putHeader("Accept", "text/csv")
        .send()
        .compose(resp -> {
          if (resp.body() != null && resp.body().length() > settings.maxReportBytes()) {
            return Future.failedFuture(new DashboardException("report download", 413, "report too large"));
          }
          return DashboardHttp.body(resp, "report file " + instanceId);
        });
  }
}
