package net.northwind.porting.app;

import net.northwind.porting.callbacks.CallbackServer;
import net.northwind.porting.callbacks.OrderNotificationHandler;
import net.northwind.porting.crm.CrmClient;
import net.northwind.porting.fraud.IrisClient;
import net.northwind.porting.http.DashboardHttp;
import net.northwind.porting.http.JdkDashboardGateway;
import net.northwind.porting.http.OkInventoryClient;
import net.northwind.porting.iris.IrisClientFactory;
import net.northwind.porting.jobs.E911SyncJob;
import net.northwind.porting.jobs.ExternalTnCleanupJob;
import net.northwind.porting.jobs.HostedMessagingImportJob;
import net.northwind.porting.jobs.InventorySyncJob;
import net.northwind.porting.jobs.NumberSearchJob;
import net.northwind.porting.jobs.PortInJob;
import net.northwind.porting.jobs.ReportDownloadJob;
import net.northwind.porting.jobs.SmsEnablementJob;
import net.northwind.porting.jobs.SubscriptionSetupJob;
import net.northwind.porting.migrated.V2InventoryClient;
import net.northwind.porting.store.SubscriberStore;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Hand-rolled dependency container: one lazily created singleton per type. We dropped Guice in
 * 2021 because start-up time mattered more than convenience for short batch runs.
 */
public final class Container {

    private final Map<Class<?>, Function<Container, ?>> factories = new LinkedHashMap<>();
    private final Map<Class<?>, Object> singletons = new ConcurrentHashMap<>();
    private final Map<String, Class<? extends BatchJob>> jobs = new LinkedHashMap<>();

    public <T> Container register(Class<T> type, Function<Container, T> factory) {
        factories.put(type, factory);
        return this;
    }

    public <T extends BatchJob> Container job(String name, Class<T> type, Function<Container, T> factory) {
        jobs.put(name, type);
        return register(type, factory);
    }

    public <T> T get(Class<T> type) {
        Object existing = singletons.get(type);
        if (existing != null) {
            return type.cast(existing);
        }
        Function<Container, ?> factory = factories.get(type);
        if (factory == null) {
            throw new IllegalStateException("nothing registered for " + type.getName());
        }
        Object created = factory.apply(this);
        Object raced = singletons.putIfAbsent(type, created);
        return type.cast(raced == null ? created : raced);
    }

    public BatchJob job(String name) {
        Class<? extends BatchJob> type = jobs.get(name);
        if (type == null) {
            throw new IllegalArgumentException("unknown job '" + name + "', known: " + jobs.keySet());
        }
        return get(type);
    }

    public Iterable<String> jobNames() {
        return jobs.keySet();
    }

    public static Container bootstrap(AppConfig config) {
        Container c = new Container();
        c.register(AppConfig.class, x -> config);
        c.register(IrisClientFactory.class, x -> new IrisClientFactory(config));
        c.register(com.bandwidth.iris.sdk.IrisClient.class, x -> x.get(IrisClientFactory.class).configuredClient());
        c.register(DashboardHttp.class, x -> new DashboardHttp(config.apiBase(), config.userName(), config.password()));
        c.register(OkInventoryClient.class, x -> new OkInventoryClient(config.apiBase(), config.userName(), config.password()));
        c.register(JdkDashboardGateway.class,
                x -> new JdkDashboardGateway(config.legacyBase(), config.userName(), config.password()));
        c.register(CrmClient.class, x -> new CrmClient(config.crmBase(), config.accountId()));
        c.register(IrisClient.class, x -> new IrisClient(config.property("fraud.tenant"),
                config.property("fraud.key.id"), config.property("fraud.secret")));
        c.register(SubscriberStore.class, x -> new SubscriberStore());
        c.register(OrderNotificationHandler.class, x -> new OrderNotificationHandler(x.get(SubscriberStore.class)));
        c.register(CallbackServer.class,
                x -> new CallbackServer(x.get(OrderNotificationHandler.class), x.get(SubscriberStore.class)));
        c.register(V2InventoryClient.class, x -> new V2InventoryClient(x.get(DashboardHttp.class), config.accountId()));

        c.job("port-in", PortInJob.class, x -> new PortInJob(x.get(com.bandwidth.iris.sdk.IrisClient.class), config));
        c.job("hosted-import", HostedMessagingImportJob.class,
                x -> new HostedMessagingImportJob(x.get(com.bandwidth.iris.sdk.IrisClient.class), config));
        c.job("inventory-sync", InventorySyncJob.class,
                x -> new InventorySyncJob(x.get(com.bandwidth.iris.sdk.IrisClient.class), x.get(DashboardHttp.class), config));
        c.job("e911-sync", E911SyncJob.class, x -> new E911SyncJob(x.get(DashboardHttp.class),
                x.get(OkInventoryClient.class), x.get(CrmClient.class),
                x.get(com.bandwidth.iris.sdk.IrisClient.class), config));
        c.job("external-cleanup", ExternalTnCleanupJob.class, x -> new ExternalTnCleanupJob(x.get(DashboardHttp.class), config));
        c.job("sms-enable", SmsEnablementJob.class, x -> new SmsEnablementJob(x.get(DashboardHttp.class),
                x.get(JdkDashboardGateway.class), x.get(com.bandwidth.iris.sdk.IrisClient.class), config));
        c.job("subscriptions", SubscriptionSetupJob.class, x -> new SubscriptionSetupJob(
                x.get(com.bandwidth.iris.sdk.IrisClient.class), x.get(DashboardHttp.class), config));
        c.job("reports", ReportDownloadJob.class, x -> new ReportDownloadJob(x.get(DashboardHttp.class), config));
        c.job("number-search", NumberSearchJob.class, x -> new NumberSearchJob(x.get(OkInventoryClient.class),
                x.get(DashboardHttp.class), x.get(com.bandwidth.iris.sdk.IrisClient.class), config));
        return c;
    }
}
