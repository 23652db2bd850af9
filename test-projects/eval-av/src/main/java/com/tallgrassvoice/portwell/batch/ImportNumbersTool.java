package com.tallgrassvoice.portwell.batch;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.tallgrassvoice.portwell.config.BatchProfiles;
import com.tallgrassvoice.portwell.dashboard.DashboardHttp;
import com.tallgrassvoice.portwell.dashboard.ExternalTnsClient;
import com.tallgrassvoice.portwell.sdk.IrisClients;
import com.tallgrassvoice.portwell.sdk.SdkImportService;
import com.tallgrassvoice.portwell.templates.TemplateRenderer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * Turns a CSV list of numbers into a Dashboard order.
 *
 * <pre>
 * java -cp portwell.jar com.tallgrassvoice.portwell.batch.ImportNumbersTool \
 *     --file numbers.csv --order-id ACME-2291 --mode order --user svc --password ...
 * </pre>
 */
public final class ImportNumbersTool {

    private ImportNumbersTool() {
    }

    static Options options() {
        return new Options()
                .addOption(Option.builder("f").longOpt("file").hasArg().required().desc("CSV file, one number per line").build())
                .addOption(Option.builder("o").longOpt("order-id").hasArg().required().desc("customer order id").build())
                .addOption(Option.builder("m").longOpt("mode").hasArg().desc("order | import | external (default: order)").build())
                .addOption(Option.builder("p").longOpt("profile").hasArg().desc("profile from portwell.yml").build())
                .addOption(Option.builder().longOpt("base-url").hasArg().desc("Dashboard API base URL").build())
                .addOption(Option.builder("u").longOpt("user").hasArg().required().build())
                .addOption(Option.builder().longOpt("password").hasArg().required().build())
                .addOption(Option.builder().longOpt("area-code").hasArg().desc("only keep numbers in this area code").build())
                .addOption("n", "dry-run", false, "print the request instead of sending it");
    }

    public static void main(String[] args) throws Exception {
        CommandLine cmd;
        try {
            cmd = new DefaultParser().parse(options(), args);
        } catch (ParseException e) {
            System.err.println(e.getMessage());
            new HelpFormatter().printHelp("ImportNumbersTool", options());
            System.exit(2);
            return;
        }

        BatchProfiles.DashboardProfile profile = BatchProfiles.load().dashboard(cmd.getOptionValue("profile", "production"));
        String baseUrl = cmd.getOptionValue("base-url", "https://dashboard.bandwidth.com/api");
        String user = cmd.getOptionValue("user");
        String password = cmd.getOptionValue("password");
        DashboardHttp http = new DashboardHttp(baseUrl, profile.accountId(), user, password);

        List<String> numbers = new CsvNumberReader().read(Path.of(cmd.getOptionValue("file")));
        if (cmd.hasOption("area-code")) {
            String npa = cmd.getOptionValue("area-code");
            numbers = numbers.stream().filter(n -> n.startsWith(npa)).toList();
        }
        String orderId = cmd.getOptionValue("order-id");
        boolean dryRun = cmd.hasOption("dry-run");

        switch (cmd.getOptionValue("mode", "order")) {
            case "order" -> submitOrder(http, profile, numbers, orderId, dryRun);
            case "import" -> {
                IrisClient client = IrisClients.forBatch(profile.accountId(), user, password);
                SdkImportService imports = new SdkImportService(client, Integer.parseInt(profile.siteId()),
                        Integer.parseInt(profile.sipPeerId()));
                System.out.println(imports.importNumbers(orderId, numbers, tallgrassSubscriber(), "Dana Whitfield"));
            }
            case "external" -> {
                ExternalTnsClient external = new ExternalTnsClient(http, profile.siteId(), profile.sipPeerId());
                System.out.println(external.importNumbers(orderId, numbers));
            }
            default -> throw new IllegalArgumentException("unknown mode " + cmd.getOptionValue("mode"));
        }
    }

    private static void submitOrder(DashboardHttp http, BatchProfiles.DashboardProfile profile, List<String> numbers,
                                    String orderId, boolean dryRun) {
        Map<String, Object> model = new HashMap<>();
        model.put("customerOrderId", orderId);
        model.put("siteId", profile.siteId());
        model.put("peerId", profile.sipPeerId());
        model.put("tns", numbers);
        String body = new TemplateRenderer().render("order.vm", model);
        if (dryRun) {
            System.out.println(body);
            return;
        }
        var response = http.post(http.accountPath("orders"), body);
        System.out.println(response.statusCode() + " " + response.headers().firstValue("Location").orElse(""));
    }

    private static Subscriber tallgrassSubscriber() {
        ServiceAddress address = new ServiceAddress();
        address.setHouseNumber("400");
        address.setStreetName("Elm St");
        address.setCity("Greensboro");
        address.setStateCode("NC");
        address.setZip("27401");
        Subscriber subscriber = new Subscriber();
        subscriber.setBusinessName("Tallgrass Voice LLC");
        subscriber.setSubscriberType("BUSINESS");
        subscriber.setServiceAddress(address);
        return subscriber;
    }
}
