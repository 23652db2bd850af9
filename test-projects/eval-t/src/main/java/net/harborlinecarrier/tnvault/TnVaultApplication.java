package net.harborlinecarrier.tnvault;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jdbi3.JdbiFactory;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.WebTarget;
import java.util.concurrent.ScheduledExecutorService;
import net.harborlinecarrier.tnvault.bulk.BulkImportCommand;
import net.harborlinecarrier.tnvault.catalog.ExternalDependency;
import net.harborlinecarrier.tnvault.config.DashboardConfiguration;
import net.harborlinecarrier.tnvault.core.BillingFeed;
import net.harborlinecarrier.tnvault.core.CallbackProcessor;
import net.harborlinecarrier.tnvault.core.TnInventoryService;
import net.harborlinecarrier.tnvault.dashboard.DashboardClientFactory;
import net.harborlinecarrier.tnvault.dashboard.HostedMessagingClient;
import net.harborlinecarrier.tnvault.dashboard.NumberSearchClient;
import net.harborlinecarrier.tnvault.dashboard.OrderClient;
import net.harborlinecarrier.tnvault.dashboard.ServiceAddressSync;
import net.harborlinecarrier.tnvault.dashboard.SubscriptionClient;
import net.harborlinecarrier.tnvault.db.PortOrderDao;
import net.harborlinecarrier.tnvault.db.RateCenterDao;
import net.harborlinecarrier.tnvault.db.TelephoneNumberDao;
import net.harborlinecarrier.tnvault.health.DashboardHealthCheck;
import net.harborlinecarrier.tnvault.jobs.OrderStatusPoller;
import net.harborlinecarrier.tnvault.legacy.LegacyIrisGateway;
import net.harborlinecarrier.tnvault.legacy.LegacyPortInService;
import net.harborlinecarrier.tnvault.notify.PortCompletionNotifier;
import net.harborlinecarrier.tnvault.ops.DashboardUrlTask;
import net.harborlinecarrier.tnvault.resources.CustomerAddressResource;
import net.harborlinecarrier.tnvault.resources.DashboardCallbackResource;
import net.harborlinecarrier.tnvault.resources.HostedMessagingResource;
import net.harborlinecarrier.tnvault.resources.InventoryResource;
import net.harborlinecarrier.tnvault.resources.PortingResource;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class TnVaultApplication extends Application<TnVaultConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(TnVaultApplication.class);

    public static void main(String[] args) throws Exception {
        new TnVaultApplication().run(args);
    }

    @Override
    public String getName() {
        return "tn-vault";
    }

    @Override
    public void initialize(Bootstrap<TnVaultConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.addCommand(new BulkImportCommand());
    }

    @Override
    public void run(TnVaultConfiguration configuration, Environment environment) {
        DashboardConfiguration dashboard = configuration.getDashboard();
        LOG.info("Dashboard base URL: {}", dashboard.getBaseUrl());

        Jdbi jdbi = new JdbiFactory().build(environment, configuration.getDatabase(), "postgresql");
        TelephoneNumberDao tnDao = jdbi.onDemand(TelephoneNumberDao.class);
        PortOrderDao portOrderDao = jdbi.onDemand(PortOrderDao.class);
        RateCenterDao rateCenterDao = jdbi.onDemand(RateCenterDao.class);

        Client client = DashboardClientFactory.build(environment, configuration.getJerseyClient(), dashboard);
        WebTarget account = DashboardClientFactory.accountTarget(client, dashboard);

        NumberSearchClient search = new NumberSearchClient(account, dashboard.getCountryCodeA3());
        OrderClient orders = new OrderClient(account, dashboard.getSiteId(), dashboard.getSipPeerId());
        HostedMessagingClient hosted = new HostedMessagingClient(account);
        ServiceAddressSync addresses = new ServiceAddressSync(client, dashboard);
        LegacyPortInService portIns = new LegacyPortInService(new LegacyIrisGateway(dashboard));

        PortCompletionNotifier notifier = new PortCompletionNotifier(client, configuration.getPartnerApis(),
                dashboard.getAccountId(), customerId -> null);
        BillingFeed billing = new LoggingBillingFeed();
        CallbackProcessor processor = new CallbackProcessor(tnDao, portOrderDao, rateCenterDao, billing, notifier);
        TnInventoryService inventory = new TnInventoryService(search, orders, tnDao, portOrderDao, dashboard);

        environment.jersey().register(new InventoryResource(inventory, tnDao));
        environment.jersey().register(new CustomerAddressResource(addresses));
        environment.jersey().register(new PortingResource(portIns, portOrderDao));
        environment.jersey().register(new HostedMessagingResource(hosted, dashboard));
        environment.jersey().register(new DashboardCallbackResource(processor, configuration.getCallbacks()));

        environment.healthChecks().register("dashboard", new DashboardHealthCheck(account));
        environment.admin().addTask(new DashboardUrlTask(dashboard.getAccountId()));

        ScheduledExecutorService pollerExecutor = environment.lifecycle()
                .scheduledExecutorService("order-poller-%d")
                .threads(1)
                .build();
        environment.lifecycle().manage(new OrderStatusPoller(pollerExecutor, orders, portOrderDao, tnDao,
                configuration.getOrderPollInterval()));

        new SubscriptionClient(account, configuration.getCallbacks()).subscribeAll();

        for (Class<?> type : new Class<?>[] {NumberSearchClient.class, PortCompletionNotifier.class}) {
            ExternalDependency dep = type.getAnnotation(ExternalDependency.class);
            LOG.info("external dependency {} at {} (used by {})", dep.name(), dep.url(), type.getSimpleName());
        }
    }

    /** Until the Kafka producer lands (TNV-530), billing events only go to the log. */
    static final class LoggingBillingFeed implements BillingFeed {
        @Override
        public void activated(String elevenDigitTn, String customerId) {
            LOG.info("billing: activate {} for {}", elevenDigitTn, customerId);
        }

        @Override
        public void released(String elevenDigitTn, String customerId) {
            LOG.info("billing: release {} for {}", elevenDigitTn, customerId);
        }
    }
}
