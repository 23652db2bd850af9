package net.northwind.porting.app;

import net.northwind.porting.callbacks.CallbackServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.List;

/**
 * Entry point: {@code java -jar porting-batch.jar <job> [args...]}.
 *
 * <p>Exit codes: 0 all good, 1 some items failed, 2 usage error, 3 job crashed.
 * Most jobs talk to the carrier at https://dashboard.bandwidth.com/api/accounts/{accountId}/...
 */
public final class PortingBatchMain {

    private static final Logger log = LoggerFactory.getLogger(PortingBatchMain.class);

    private PortingBatchMain() {
    }

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0) {
            usage(null);
            System.exit(2);
        }
        AppConfig config = AppConfig.load();
        Container container = Container.bootstrap(config);

        if ("callback-server".equals(argv[0])) {
            CallbackServer server = container.get(CallbackServer.class);
            server.start(config.callbackPort());
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            Thread.currentThread().join();
            return;
        }

        List<String> args = Arrays.asList(argv).subList(1, argv.length);
        String runDate = args.stream().filter(PortingBatchMain::isIsoDate).findFirst().orElse("today");
        log.info("starting {} for {} against {}", argv[0], runDate, config.apiBase());
        try {
            BatchJob.Result result = container.job(argv[0]).run(args);
            log.info("{}: processed {}, failed {}", result.job(), result.processed(), result.failed());
            System.exit(result.success() ? 0 : 1);
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            log.error("job {} crashed", argv[0], e);
            System.exit(3);
        }
    }

    /** yyyy-MM-dd */
    static boolean isIsoDate(String s) {
        return s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-';
    }

    private static void usage(String problem) {
        if (problem != null) {
            System.err.println(problem);
        }
        System.err.println("usage: porting-batch <job> [args]");
        System.err.println("  jobs: port-in, hosted-import, inventory-sync, e911-sync, external-cleanup,");
        System.err.println("        sms-enable, subscriptions, reports, number-search, callback-server");
        System.err.println("  carrier API: https://dashboard.bandwidth.com/api (set -Diris.api.base=... to override)");
    }
}
