package net.corvalink.numbering.worker;

import com.bandwidth.iris.sdk.IrisClient;
import com.uber.m3.tally.RootScopeBuilder;
import com.uber.m3.tally.Scope;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.reporter.MicrometerClientStatsReporter;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import net.corvalink.numbering.activities.CustomerContactActivitiesImpl;
import net.corvalink.numbering.activities.E911ActivitiesImpl;
import net.corvalink.numbering.activities.HostedMessagingActivitiesImpl;
import net.corvalink.numbering.activities.NumberSearchActivitiesImpl;
import net.corvalink.numbering.activities.OrderActivitiesImpl;
import net.corvalink.numbering.activities.PortingActivitiesImpl;
import net.corvalink.numbering.activities.SipPeerActivitiesImpl;
import net.corvalink.numbering.activities.SubscriptionActivitiesImpl;
import net.corvalink.numbering.callbacks.CallbackServer;
import net.corvalink.numbering.callbacks.OrderNotificationHandler;
import net.corvalink.numbering.config.NumberingConfig;
import net.corvalink.numbering.inventory.TnInventoryDao;
import net.corvalink.numbering.iris.DashboardHttp;
import net.corvalink.numbering.iris.IrisSdkFactory;
import net.corvalink.numbering.metrics.NumberingMetrics;
import net.corvalink.numbering.portal.PortalClient;
import net.corvalink.numbering.workflows.E911ProvisioningWorkflowImpl;
import net.corvalink.numbering.workflows.HostedMessagingWorkflowImpl;
import net.corvalink.numbering.workflows.OrderNumbersWorkflowImpl;
import net.corvalink.numbering.workflows.PortInWorkflowImpl;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class WorkerMain {

    private static final Logger log = LoggerFactory.getLogger(WorkerMain.class);

    private WorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        NumberingConfig config = NumberingConfig.load();
        log.info("starting numbering worker against {} (account {})", config.irisBaseUrl(), config.accountId());

        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Metrics.addRegistry(registry);
        NumberingMetrics metrics = new NumberingMetrics(registry);
        Scope scope = new RootScopeBuilder()
                .reporter(new MicrometerClientStatsReporter(registry))
                .reportEvery(com.uber.m3.util.Duration.ofSeconds(10));

        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(config.databaseUrl());
        dataSource.setUser(config.databaseUser());
        dataSource.setPassword(config.databasePassword());
        FlywayRunner.migrate(dataSource, config);
        TnInventoryDao inventory = new TnInventoryDao(dataSource);

        WorkflowServiceStubs service = WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder()
                .setTarget(config.temporalTarget())
                .setMetricsScope(scope)
                .build());
        WorkflowClient client = WorkflowClient.newInstance(service, WorkflowClientOptions.newBuilder()
                .setNamespace(config.temporalNamespace())
                .build());
        WorkerFactory factory = WorkerFactory.newInstance(client);

        DashboardHttp http = new DashboardHttp(config);
        IrisClient sdk = "staging".equals(System.getenv("NUMBERING_ENV"))
                ? IrisSdkFactory.testEnvironment(config)
                : IrisSdkFactory.production(config);
        IrisClient tnOptionsClient = IrisSdkFactory.tnOptions(config);
        PortalClient portal = new PortalClient(config);
        CustomerContactActivitiesImpl contact = new CustomerContactActivitiesImpl(config, portal);

        Worker ordering = factory.newWorker(config.taskQueue("ordering"));
        ordering.registerWorkflowImplementationTypes(OrderNumbersWorkflowImpl.class);
        ordering.registerActivitiesImplementations(
                new NumberSearchActivitiesImpl(config, sdk, http, metrics),
                new OrderActivitiesImpl(http, sdk, inventory, metrics),
                new SubscriptionActivitiesImpl(config, http, sdk),
                contact);

        Worker porting = factory.newWorker(config.taskQueue("porting"));
        porting.registerWorkflowImplementationTypes(PortInWorkflowImpl.class, HostedMessagingWorkflowImpl.class);
        porting.registerActivitiesImplementations(
                new PortingActivitiesImpl(config, http, sdk),
                new SipPeerActivitiesImpl(config, http, sdk, tnOptionsClient),
                new HostedMessagingActivitiesImpl(config, http, sdk));

        Worker e911 = factory.newWorker(config.taskQueue("e911"));
        e911.registerWorkflowImplementationTypes(E911ProvisioningWorkflowImpl.class);
        e911.registerActivitiesImplementations(new E911ActivitiesImpl(config, http, portal), contact);

        CallbackServer callbacks = new CallbackServer(config.callbackPort(),
                new OrderNotificationHandler(client, inventory, metrics));
        callbacks.start();
        factory.start();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("shutting down");
            factory.shutdown();
            callbacks.close();
            try {
                http.close();
            } catch (Exception ignored) {
                // closing anyway
            }
        }, "numbering-shutdown"));
    }
}
