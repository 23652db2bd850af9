package net.cobaltline.numbers.dashboard;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dashboard reports: request an instance, poll until it is ready, download the file.
 * Written before the client had account URLs, so it builds its own paths on the host:
 * https://dashboard.bandwidth.com/v1.0/accounts/{accountId}/reports/{reportId}/instances
 */
public class ReportsApi {

    private static final Logger log = LoggerFactory.getLogger(ReportsApi.class);

    public static final String DASHBOARD_HOST = "https://dashboard.bandwidth.com";

    private static final String INSTANCES = "%s/v1.0/accounts/%s/reports/%s/instances";

    private static final String INSTANCE_REQUEST = """
            <Instance>
              <OutputFormat>%s</OutputFormat>
              <Parameters>
                <Parameter>
                  <Name>Account</Name>
                  <Value>%s</Value>
                </Parameter>
              </Parameters>
              <ExpiresAt>%s</ExpiresAt>
            </Instance>
            """;

    private static final Pattern STATUS = Pattern.compile("<Status>(\\w+)</Status>");

    private final DashboardClient client;
    private final String host;

    public ReportsApi(DashboardClient client) {
        this(client, DASHBOARD_HOST);
    }

    public ReportsApi(DashboardClient client, String host) {
        this.client = client;
        this.host = host;
    }

    public String requestInstance(String reportId, String outputFormat) {
        String url = String.format(INSTANCES, host, client.accountId(), reportId);
        String body = INSTANCE_REQUEST.formatted(outputFormat, client.accountId(), LocalDate.now().plusDays(7));
        String instanceId = client.post(URI.create(url), body).requireSuccess().createdId();
        log.info("Requested report {} instance {}", reportId, instanceId);
        return instanceId;
    }

    /** Finance's monthly billing report, one instance per sub-account. */
    public String requestMonthly(String reportId, String siteId, String month) {
        return requestFromTemplate(reportId, "/templates/report-instance-monthly.xml", siteId, month);
    }

    public String requestPortingActivity(String reportId) {
        return requestFromTemplate(reportId, "/templates/report-instance-porting.xml", "", "");
    }

    private String requestFromTemplate(String reportId, String template, String siteId, String month) {
        String body = SubscriptionApi.template(template)
                .replace("${accountId}", client.accountId())
                .replace("${siteId}", siteId)
                .replace("${month}", month)
                .replace("${expiresAt}", LocalDate.now().plusDays(30).toString());
        String url = String.format(INSTANCES, host, client.accountId(), reportId);
        return client.post(URI.create(url), body).requireSuccess().createdId();
    }

    public String status(String reportId, String instanceId) {
        String url = String.format(INSTANCES, host, client.accountId(), reportId) + "/" + instanceId;
        Matcher m = STATUS.matcher(client.get(URI.create(url)).requireSuccess().body());
        return m.find() ? m.group(1) : "UNKNOWN";
    }

    public String download(String reportId, String instanceId) {
        URI uri = URI.create(host + "/v1.0/accounts/" + client.accountId() + "/reports/" + reportId
                + "/instances/" + instanceId + "/file");
        return client.get(uri).requireSuccess().body();
    }

    public String awaitAndDownload(String reportId, String instanceId, Duration maxWait) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (System.nanoTime() < deadline) {
            String s = status(reportId, instanceId);
            if ("Ready".equalsIgnoreCase(s) || "COMPLETE".equalsIgnoreCase(s)) {
                return download(reportId, instanceId);
            }
            if ("Failed".equalsIgnoreCase(s) || "Expired".equalsIgnoreCase(s)) {
                throw new DashboardException(500, "report instance " + instanceId + " " + s);
            }
            Thread.sleep(5_000);
        }
        throw new DashboardException(504, "report instance " + instanceId + " not ready after " + maxWait);
    }
}
