package com.tallgrassvoice.portwell.batch;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderSummary;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrders;
import com.tallgrassvoice.portwell.config.BatchProfiles;
import com.tallgrassvoice.portwell.dashboard.DashboardHttp;
import com.tallgrassvoice.portwell.templates.TemplateRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Options;

/**
 * Clean-up after customers leave or campaigns end.
 *
 * <pre>
 * CleanupTool --action remove-imported --file gone.csv --order-id ACME-OUT-1 -u svc --password ...
 * CleanupTool --action sms-off --file campaign.csv -u svc --password ...
 * CleanupTool --action list-removals -u svc --password ...
 * </pre>
 */
public final class CleanupTool {

    private CleanupTool() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options()
                .addRequiredOption("a", "action", true, "remove-imported | sms-off | list-removals")
                .addOption("f", "file", true, "CSV file with the numbers")
                .addOption("o", "order-id", true, "customer order id")
                .addRequiredOption("u", "user", true, "Dashboard user")
                .addRequiredOption(null, "password", true, "Dashboard password")
                .addOption("p", "profile", true, "profile from portwell.yml");
        CommandLine cmd = new DefaultParser().parse(options, args);
        BatchProfiles profiles = BatchProfiles.load();
        BatchProfiles.DashboardProfile profile = profiles.dashboard(cmd.getOptionValue("profile", "production"));
        String user = cmd.getOptionValue("user");
        String password = cmd.getOptionValue("password");
        DashboardHttp http = new DashboardHttp(profile.baseUrl(), profile.accountId(), user, password);

        switch (cmd.getOptionValue("action")) {
            case "list-removals" -> listRemovals(new IrisClient(profile.accountId(), user, password));
            case "remove-imported" -> removeImported(http, profiles, profile,
                    new CsvNumberReader().read(Path.of(cmd.getOptionValue("file"))), cmd.getOptionValue("order-id"));
            case "sms-off" -> smsOff(http, profile, new CsvNumberReader().read(Path.of(cmd.getOptionValue("file"))));
            default -> throw new IllegalArgumentException("unknown action " + cmd.getOptionValue("action"));
        }
    }

    private static void listRemovals(IrisClient client) throws Exception {
        RemoveImportedTnOrders pending = RemoveImportedTnOrder.List(client, Map.of("status", "PROCESSING"));
        for (RemoveImportedTnOrderSummary s : pending.getRemoveImportedTnOrderSummaryList()) {
            System.out.printf("%s %s %d numbers%n", s.getOrderId(), s.getOrderStatus(), s.getCountOfTNs());
        }
    }

    private static void removeImported(DashboardHttp http, BatchProfiles profiles, BatchProfiles.DashboardProfile profile,
                                       List<String> numbers, String customerOrderId) {
        StringBuilder xml = new StringBuilder("<RemoveImportedTnOrder>")
                .append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>")
                .append("<TelephoneNumbers>");
        numbers.forEach(tn -> xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        xml.append("</TelephoneNumbers></RemoveImportedTnOrder>");

        var response = http.post("/accounts/" + profile.accountId() + profiles.path("remove"), xml.toString());
        String location = response.headers().firstValue("Location").orElse("");
        String orderId = location.substring(location.lastIndexOf('/') + 1);
        System.out.println(response.statusCode() + " " + orderId);
        if (!orderId.isEmpty()) {
            System.out.println(http.get("/accounts/" + profile.accountId() + "/removeImportedTnOrders/" + orderId).body());
        }
    }

    private static void smsOff(DashboardHttp http, BatchProfiles.DashboardProfile profile, List<String> numbers) {
        TemplateRenderer templates = new TemplateRenderer();
        int failures = 0;
        for (String tn : numbers) {
            String body = templates.render("sippeer-tn.vm", Map.of("tn", tn, "sms", false));
            String path = String.format("/accounts/%s/sites/%s/sippeers/%s/tns/%s",
                    profile.accountId(), profile.siteId(), profile.sipPeerId(), tn);
            int status = http.put(path, body).statusCode();
            if (status >= 300) {
                failures++;
                System.err.println(tn + ": HTTP " + status);
            }
        }
        System.out.printf("%d numbers, %d failures%n", numbers.size(), failures);
    }
}
