package net.lakeshoretel.numbering.cli;

import com.bandwidth.iris.sdk.IrisClient;
import net.lakeshoretel.numbering.config.JobSettings;
import net.lakeshoretel.numbering.config.SettingsLoader;
import net.lakeshoretel.numbering.notify.BandwidthNotifications;
import net.lakeshoretel.numbering.partner.NumberPoolComparison;
import net.lakeshoretel.numbering.report.InventoryReconciler;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Batch CLI of the numbering team on the Dashboard SDK.
 *
 * <pre>
 * numbers [--env prod|sandbox|config] [--config iris-cli.xml] COMMAND ARGS...
 *   order TN...               order numbers we reserved
 *   order-seed RESOURCE       order what a seed file lists
 *   order-area NPA QTY        order QTY numbers in an area code
 *   disconnect TN...          disconnect numbers (asks for an MFA code)
 *   portin-office ORDER_ID    port the Kalamazoo office lines in
 *   search NPA QTY | inservice NPA | npanxx NPA | capacity NPA...
 *   e911 list | e911 delete ID | e911 front-desk
 *   hosted import|remove|status|history|loa|check|external ...
 *   sms on|off TN... | sms-peer TN on|off | forward TN TARGET
 *   subscribe TYPE URL USER PASSWORD | digest EMAIL | tfv-webhook URL SECRET
 *   reconcile NPA...          stale external TNs
 *   compare-pools NPA         Catapult vs. secondary carrier
 *   smoke
 * </pre>
 */
public final class NumbersCli {

    private NumbersCli() {
    }

    public static void main(String[] args) throws Exception {
        String environment = "prod";
        String configFile = null;
        int i = 0;
        while (i < args.length && args[i].startsWith("--")) {
            switch (args[i]) {
                case "--env" -> environment = args[++i];
                case "--config" -> configFile = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        if (i >= args.length) {
            System.err.println("usage: numbers [--env prod|sandbox|config] [--config FILE] COMMAND ARGS...");
            System.exit(2);
        }
        CliConfig config = CliConfig.load(configFile);
        IrisClient client = IrisClients.forEnvironment(config, environment);
        String command = args[i];
        List<String> rest = Arrays.asList(args).subList(i + 1, args.length);

        switch (command) {
            case "order" -> System.out.println(new OrderCommand(client, config).orderExisting(rest));
            case "order-seed" -> System.out.println(new OrderCommand(client, config).orderFromSeed(rest.get(0)));
            case "order-area" -> System.out.println(new OrderCommand(client, config)
                    .orderByAreaCode(rest.get(0), Integer.parseInt(rest.get(1))));
            case "disconnect" -> {
                requireOperatorCode(config, "disconnect");
                new OrderCommand(client, config).disconnect(rest).forEach(System.out::println);
            }
            case "portin-office" -> System.out.println(new OrderCommand(client, config).portInOffice(rest.get(0)));
            case "search" -> new SearchCommand(client, config)
                    .available(rest.get(0), Integer.parseInt(rest.get(1))).forEach(System.out::println);
            case "inservice" -> new SearchCommand(client, config).inService(rest.get(0)).getTelephoneNumbers()
                    .forEach(System.out::println);
            case "npanxx" -> System.out.println(new SearchCommand(client, config).npaNxx(rest.get(0)));
            case "capacity" -> System.out.println(new SearchCommand(client, config).inServiceByAreaCode(rest));
            case "e911" -> e911(new E911Command(client, config), rest);
            case "hosted" -> hosted(new HostedMessagingCommand(client, config), rest);
            case "sms" -> System.out.println(new MessagingCommand(client, config)
                    .setSms(rest.subList(1, rest.size()), "on".equals(rest.get(0))));
            case "sms-peer" -> new MessagingCommand(client, config).setSmsOnPeer(rest.get(0), "on".equals(rest.get(1)));
            case "forward" -> new MessagingCommand(client, config).setCallForward(rest.get(0), rest.get(1));
            case "subscribe" -> System.out.println(new SubscriptionCommand(client, config)
                    .subscribe(rest.get(0), rest.get(1), rest.get(2), rest.get(3)));
            case "digest" -> new SubscriptionCommand(client, config).emailDigest(rest.get(0));
            case "tfv-webhook" -> new SubscriptionCommand(client, config).tollFreeWebhook(rest.get(0), rest.get(1));
            case "reconcile" -> {
                JobSettings settings = JobSettings.from(SettingsLoader.load(new String[0]));
                new InventoryReconciler(settings).staleExternalTns(rest).forEach(System.out::println);
            }
            case "compare-pools" -> System.out.println(new NumberPoolComparison(
                    System.getenv("CATAPULT_USER_ID"), System.getenv("CATAPULT_TOKEN"), System.getenv("CATAPULT_SECRET"),
                    System.getenv("TWILIO_SID"), System.getenv("TWILIO_TOKEN")).compare(rest.get(0), 20));
            case "smoke" -> System.out.println(new OrderCommand(client, config).smoke());
            default -> throw new IllegalArgumentException("unknown command " + command);
        }
    }

    private static void e911(E911Command e911, List<String> args) throws Exception {
        switch (args.get(0)) {
            case "list" -> System.out.println(e911.list());
            case "delete" -> e911.delete(args.get(1));
            case "front-desk" -> e911.frontDesk();
            default -> throw new IllegalArgumentException("e911 " + args.get(0));
        }
    }

    private static void hosted(HostedMessagingCommand hosted, List<String> args) throws Exception {
        List<String> tns = args.size() > 2 ? args.subList(2, args.size()) : List.of();
        switch (args.get(0)) {
            case "import" -> System.out.println(hosted.importNumbers(args.get(1), tns));
            case "remove" -> System.out.println(hosted.removeNumbers(args.get(1), tns));
            case "status" -> System.out.println(hosted.status(args.get(1)));
            case "removal-status" -> System.out.println(hosted.removalStatus(args.get(1)));
            case "history" -> hosted.history(args.get(1)).forEach(System.out::println);
            case "open" -> hosted.openOrders().forEach(System.out::println);
            case "loa" -> hosted.uploadLoa(args.get(1), new File(args.get(2)));
            case "loas" -> System.out.println(hosted.loaFiles(args.get(1)));
            case "check" -> System.out.println(hosted.check(args.subList(1, args.size())));
            case "import-voice" -> System.out.println(hosted.importVoice(args.get(1), tns).getStatusCode());
            case "external" -> System.out.println(hosted.externalTns());
            default -> throw new IllegalArgumentException("hosted " + args.get(0));
        }
    }

    private static void requireOperatorCode(CliConfig config, String scope) throws Exception {
        BandwidthNotifications mfa = new BandwidthNotifications(config.getAccountId(), config.getUsername(),
                config.getPassword(), System.getenv("MFA_APPLICATION_ID"), "", "+16165550100");
        mfa.sendOperatorCode(config.getOperatorPhone(), scope);
        System.out.print("Code sent to " + config.getOperatorPhone() + ": ");
        String code = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (!mfa.verifyOperatorCode(config.getOperatorPhone(), scope, code.trim())) {
            throw new SecurityException("wrong code");
        }
    }
}
