package net.halyardcomm.backoffice.jobs;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;

import com.bandwidth.iris.sdk.IrisClient;

import net.halyardcomm.backoffice.api.BackofficeApiServer;
import net.halyardcomm.backoffice.callbacks.CallbackServer;
import net.halyardcomm.backoffice.callbacks.NotificationValidator;
import net.halyardcomm.backoffice.callbacks.OrderNotificationHandler;
import net.halyardcomm.backoffice.config.BackofficeConfig;
import net.halyardcomm.backoffice.config.IrisSettings;
import net.halyardcomm.backoffice.crm.CustomerDirectory;
import net.halyardcomm.backoffice.dao.Jdbc;
import net.halyardcomm.backoffice.dao.OrderAuditDao;
import net.halyardcomm.backoffice.dao.TnInventoryDao;
import net.halyardcomm.backoffice.http.BasicAuth;
import net.halyardcomm.backoffice.http.DashboardHttp;
import net.halyardcomm.backoffice.iris.IrisClientFactory;
import net.halyardcomm.backoffice.iris.NumberOrderingService;
import net.halyardcomm.backoffice.iris.SubscriptionManager;
import net.halyardcomm.backoffice.iris.TnDetailsService;
import net.halyardcomm.backoffice.numbers.PhoneNumbers;
import net.halyardcomm.backoffice.templates.XmlTemplates;
import net.halyardcomm.backoffice.xml.JaxbCodec;

/** Command line entry point used by cron and by the ops runbook. */
public final class BackofficeMain {

    private static final String USAGE = String.join("\n",
            "usage: backoffice <sync|subscribe|smoke|serve|order>",
            "  Dashboard base URL defaults to https://dashboard.bandwidth.com/api (iris.base-url)",
            "  smoke reads smoke-numbers.json from the classpath");

    private BackofficeMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println(USAGE);
            System.exit(2);
        }
        CompositeConfiguration config = BackofficeConfig.load();
        IrisSettings settings = IrisSettings.from(config);
        BasicAuth auth = new BasicAuth(settings.username(), settings.password());
        DashboardHttp http = new DashboardHttp(settings.baseUrl(), auth, settings.timeoutMillis());
        IrisClient client = new IrisClientFactory(settings).configuredClient();
        Jdbc jdbc = new Jdbc(config.getString("db.url"), config.getString("db.user"), config.getString("db.password"));
        TnInventoryDao inventory = new TnInventoryDao(jdbc);
        OrderAuditDao audit = new OrderAuditDao(jdbc);
        JaxbCodec codec = new JaxbCodec();
        XmlTemplates templates = new XmlTemplates();

        switch (args[0]) {
            case "sync":
                new NightlyInventorySync(http, inventory, settings.accountId(),
                        Arrays.asList(config.getStringArray("sync.area-codes"))).run();
                break;
            case "subscribe":
                SubscriptionManager subs = new SubscriptionManager(client, http, codec, templates, settings);
                System.out.println("orders: " + subs.subscribeOrders());
                System.out.println("portins: " + subs.subscribePortins());
                System.out.println("disconnects: " + subs.subscribeDisconnects());
                System.out.println("imports: " + subs.subscribeImports());
                break;
            case "smoke":
                smoke(client, settings, audit, http, codec);
                break;
            case "order":
                List<String> tns = new ArrayList<String>();
                for (int i = 1; i < args.length; i++) {
                    tns.add(PhoneNumbers.toNational(args[i]));
                }
                new NumberOrderingService(client, settings, audit).orderExisting(tns, "CLI-" + System.currentTimeMillis());
                break;
            case "serve":
                OrderNotificationHandler handler = new OrderNotificationHandler(inventory, audit, new NotificationValidator());
                new CallbackServer(config.getInt("callbacks.port", 8088), handler, codec, auth).start();
                new BackofficeApiServer(config.getInt("api.listen-port", 8089), inventory,
                        new CustomerDirectory(config.getString("crm.user"), config.getString("crm.token"))).start();
                break;
            default:
                System.err.println(USAGE);
                System.exit(2);
        }
    }

    private static void smoke(IrisClient client, IrisSettings settings, OrderAuditDao audit, DashboardHttp http,
            JaxbCodec codec) throws Exception {
        List<String> numbers = new ArrayList<String>();
        try (InputStream in = BackofficeMain.class.getResourceAsStream("/smoke-numbers.json");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            JSONObject json = (JSONObject) new JSONParser().parse(reader);
            for (Object n : (JSONArray) json.get("numbers")) {
                numbers.add(String.valueOf(n));
            }
        }
        new NumberOrderingService(client, settings, audit).orderExisting(numbers, "SMOKE-" + System.currentTimeMillis());
        TnDetailsService details = new TnDetailsService(client, http, codec, settings);
        System.out.println(details.details(TnDetailsService.smokeTestLine()));
    }
}
