package net.tallgrasstel.backoffice;

import com.bandwidth.iris.sdk.IrisClient;
import java.util.List;
import net.tallgrasstel.backoffice.callbacks.SubscriptionRegistrar;
import net.tallgrasstel.backoffice.common.HttpClients;
import net.tallgrasstel.backoffice.config.AppConfig;
import net.tallgrasstel.backoffice.dashboard.DashboardRetrofitFactory;
import net.tallgrasstel.backoffice.dashboard.IrisClientFactory;
import net.tallgrasstel.backoffice.e911.Beacon911Api;
import net.tallgrasstel.backoffice.e911.E911AddressApi;
import net.tallgrasstel.backoffice.e911.E911AddressService;
import net.tallgrasstel.backoffice.hosting.HostedMessagingService;
import net.tallgrasstel.backoffice.inventory.NumberSearchApi;
import net.tallgrasstel.backoffice.inventory.NumberSearchService;
import net.tallgrasstel.backoffice.inventory.TnDetailsClient;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Retrofit;

/** Command-line entry point for the back-office jobs (run from cron on the ops host). */
public final class BackofficeApp {

    private static final Logger log = LoggerFactory.getLogger(BackofficeApp.class);

    private BackofficeApp() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: backoffice <register-hooks|smoke|e911-noc|search AREA_CODE>");
            System.exit(2);
        }
        AppConfig config = AppConfig.load();
        OkHttpClient http = HttpClients.dashboard(config.username(), config.password(), config.debugHttpBodies());
        IrisClient iris = new IrisClientFactory(config).production();
        Retrofit dashboard = DashboardRetrofitFactory.simpleXml(config.retrofitBaseUrl(), http);

        switch (args[0]) {
            case "register-hooks" -> new SubscriptionRegistrar(iris, http, config)
                    .registerAll(System.getenv("IRIS_HOOK_PASSWORD"));
            case "smoke" -> {
                HostedMessagingService hosted = new HostedMessagingService(iris,
                        Integer.parseInt(config.siteId()), Integer.parseInt(config.sipPeerId()));
                log.info("Import checker: {}", hosted.smokeCheck(config.dashboard()));
                log.info("Lab canary: {}", new TnDetailsClient(iris, http, config.baseUrl()).labCanary().getStatus());
            }
            case "e911-noc" -> {
                Retrofit beacon = DashboardRetrofitFactory.jacksonXml(config.get("beacon911.base-url"), HttpClients.plain());
                new E911AddressService(dashboard.create(E911AddressApi.class), beacon.create(Beacon911Api.class),
                        config.accountId(), "TALLGRASS").provisionNocFrontDesk().blockingAwait();
            }
            case "search" -> {
                NumberSearchService search = new NumberSearchService(iris, dashboard.create(NumberSearchApi.class),
                        http, config);
                List<String> offer = search.offer(args[1], 10).toList().blockingGet();
                offer.forEach(System.out::println);
            }
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }
}
