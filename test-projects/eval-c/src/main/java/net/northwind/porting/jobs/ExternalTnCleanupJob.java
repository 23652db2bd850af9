package net.northwind.porting.jobs;

import net.northwind.porting.app.AppConfig;
import net.northwind.porting.app.BatchJob;
import net.northwind.porting.http.DashboardHttp;
import net.northwind.porting.iris.IrisResource;
import net.northwind.porting.iris.Paths;
import net.northwind.porting.payload.ExternalTnsOrder;
import net.northwind.porting.payload.ImportTnOrder;
import net.northwind.porting.payload.Xml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Removes hosted-messaging numbers that resellers no longer route through us, and re-imports the
 * ones that came back. Works on the raw API because the SDK has no external-TNs support.
 */
public class ExternalTnCleanupJob implements BatchJob {

    private static final Logger log = LoggerFactory.getLogger(ExternalTnCleanupJob.class);

    private final DashboardHttp http;
    private final AppConfig config;

    public ExternalTnCleanupJob(DashboardHttp http, AppConfig config) {
        this.http = http;
        this.config = config;
    }

    @Override
    public String name() {
        return "external-cleanup";
    }

    @Override
    public Result run(List<String> args) throws Exception {
        List<String> removed = Files.readAllLines(Path.of(args.get(0)));
        String ticket = args.size() > 1 ? args.get(1) : "CLEANUP";

        ExternalTnsOrder order = ExternalTnsOrder.builder()
                .customerOrderId(ticket)
                .site(Integer.parseInt(config.siteId()), Integer.parseInt(config.sipPeerId()))
                .action(ExternalTnsOrder.Action.REMOVE)
                .loaType("CARRIER")
                .telephoneNumbers(removed)
                .build();
        String path = IrisResource.EXTERNAL_TNS.expand(Map.of(
                "accountId", config.accountId(),
                "siteId", config.siteId(),
                "peerId", config.sipPeerId()));
        http.post(path, Xml.write(order));
        log.info("external TN removal posted for {} numbers", removed.size());
        return Result.ok(name(), removed.size());
    }

    /** Account-level variant the reconcile profile uses. */
    public String removeAtAccountLevel(List<String> tns) throws IOException {
        String url = config.apiBase() + "/accounts/" + config.accountId() + "/externalTns";
        ExternalTnsOrder order = ExternalTnsOrder.builder()
                .customerOrderId("RECONCILE")
                .action(ExternalTnsOrder.Action.REMOVE)
                .telephoneNumbers(tns)
                .build();
        return http.post(url, Xml.write(order));
    }

    /** Replays the fixed template (ops uses it to clear the three lab numbers). */
    public String replayTemplate(String ticket) throws IOException {
        String xml = template("templates/external-tns-order.xml").replace("{customerOrderId}", ticket);
        return http.post(Paths.externalTns(config.accountId(), config.siteId(), config.sipPeerId()), xml);
    }

    /** Numbers that came back: hosted-messaging import order (replacement for IMPORT on externalTns). */
    public String reimport(String ticket, List<String> tns) throws IOException {
        ImportTnOrder order = ImportTnOrder.of(ticket, Integer.parseInt(config.siteId()),
                Integer.parseInt(config.sipPeerId()), "Northwind Porting Desk", tns);
        return http.post(Paths.importTnOrders(config.accountId()), Xml.write(order));
    }

    /** Import history for the ops report. */
    public String importHistory(String orderId) throws IOException {
        return http.get(Paths.importTnOrderHistory(config.accountId(), orderId));
    }

    /** Removal of imported numbers, via the path configured in carrier-endpoints.yml. */
    public String removeImported(String xml) throws IOException {
        String path = config.endpoint("remove-imported").replace("{accountId}", config.accountId());
        return http.post(path, xml);
    }

    /** Removal via the reconcile host (absolute URL). */
    public String removeImportedOnLegacyHost(String xml) throws IOException {
        return http.post(Paths.removeImportedTnOrders(config.accountId()), xml);
    }

    /** Re-imports the NOC lab lines after a lab rebuild (ops runbook step 4). */
    public String reimportLabLines() throws IOException {
        String xml = """
                <ImportTnOrder>
                    <CustomerOrderId>LAB-REBUILD</CustomerOrderId>
                    <SiteId>743</SiteId>
                    <SipPeerId>303716</SipPeerId>
                    <TelephoneNumbers>
                        <TelephoneNumber>9843554412</TelephoneNumber>
                        <TelephoneNumber>9843554413</TelephoneNumber>
                    </TelephoneNumbers>
                </ImportTnOrder>
                """;
        return http.post(Paths.importTnOrders(config.accountId()), xml);
    }

    private static String template(String name) throws IOException {
        try (InputStream in = ExternalTnCleanupJob.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
