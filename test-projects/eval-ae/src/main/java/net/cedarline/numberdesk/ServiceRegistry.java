package net.cedarline.numberdesk;

import org.jdbi.v3.core.Jdbi;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;

import com.bandwidth.iris.sdk.IrisClient;

import net.cedarline.numberdesk.config.AppConfig;
import net.cedarline.numberdesk.config.DashboardSettings;
import net.cedarline.numberdesk.dashboard.DashboardHttp;
import net.cedarline.numberdesk.dashboard.DashboardTransport;
import net.cedarline.numberdesk.dashboard.DashboardUrls;
import net.cedarline.numberdesk.dashboard.e911.E911Client;
import net.cedarline.numberdesk.dashboard.hosted.ExternalTnsClient;
import net.cedarline.numberdesk.dashboard.hosted.HostedMessagingClient;
import net.cedarline.numberdesk.dashboard.orders.OrderClient;
import net.cedarline.numberdesk.dashboard.orders.PortInClient;
import net.cedarline.numberdesk.dashboard.reports.ReportClient;
import net.cedarline.numberdesk.dashboard.search.NumberSearchClient;
import net.cedarline.numberdesk.dashboard.search.SearchPresets;
import net.cedarline.numberdesk.dashboard.sippeer.SipPeerTnClient;
import net.cedarline.numberdesk.dashboard.sippeer.TnOptionsClient;
import net.cedarline.numberdesk.dashboard.subscriptions.SubscriptionClient;
import net.cedarline.numberdesk.iris.IrisClientFactory;
import net.cedarline.numberdesk.iris.IrisImportService;
import net.cedarline.numberdesk.iris.IrisNumberSearch;
import net.cedarline.numberdesk.iris.IrisOrderService;
import net.cedarline.numberdesk.iris.IrisTnService;
import net.cedarline.numberdesk.metrics.MetricsReporter;
import net.cedarline.numberdesk.ops.OpsAlerter;
import net.cedarline.numberdesk.store.CustomerAddressDao;
import net.cedarline.numberdesk.store.Database;
import net.cedarline.numberdesk.store.NumberStore;
import net.cedarline.numberdesk.store.OrderDao;
import net.cedarline.numberdesk.templates.RequestTemplates;

/** Hand-rolled wiring; there are few enough services that a DI container never paid off. */
public class ServiceRegistry {

    public static final String CONTEXT_KEY = "numberdesk.services";

    public final AppConfig config;
    public final DashboardTransport transport;
    public final DashboardUrls urls;
    public final RequestTemplates templates;

    public final OrderClient orders;
    public final PortInClient portIns;
    public final E911Client e911;
    public final HostedMessagingClient hostedMessaging;
    public final ExternalTnsClient externalTns;
    public final NumberSearchClient search;
    public final SipPeerTnClient sipPeerTns;
    public final TnOptionsClient tnOptions;
    public final SubscriptionClient subscriptions;
    public final ReportClient reports;

    public final Jdbi jdbi;
    public final NumberStore numbers;
    public final OrderDao orderDao;
    public final CustomerAddressDao addresses;

    public final OpsAlerter alerter;
    public final MetricsReporter metrics;

    private IrisClient irisClient;

    public ServiceRegistry(AppConfig config) {
        this(config, new DashboardHttp(config.dashboard.getUsername(), config.dashboard.getPassword()));
    }

    public ServiceRegistry(AppConfig config, DashboardTransport transport) {
        DashboardSettings d = config.dashboard;
        this.config = config;
        this.transport = transport;
        this.urls = new DashboardUrls(d.getBaseUrl(), d.getAccountId());
        this.templates = new RequestTemplates();

        this.orders = new OrderClient(transport, urls, templates, d);
        this.portIns = new PortInClient(transport, d.getAccountId(), d.getSiteId(), d.getSipPeerId());
        this.e911 = new E911Client(transport, d, urls, templates);
        this.hostedMessaging = new HostedMessagingClient(transport, urls, d, templates);
        this.externalTns = new ExternalTnsClient(transport, urls, d, templates);
        this.search = new NumberSearchClient(transport, urls, SearchPresets.load());
        this.sipPeerTns = new SipPeerTnClient(transport, urls, d, templates);
        this.tnOptions = new TnOptionsClient(transport, urls, templates);
        this.subscriptions = new SubscriptionClient(transport, urls, d, templates);
        this.reports = new ReportClient(transport, urls, d, templates);

        this.jdbi = Database.open(config.databaseUrl);
        this.numbers = new NumberStore(jdbi);
        this.orderDao = jdbi.onDemand(OrderDao.class);
        this.addresses = jdbi.onDemand(CustomerAddressDao.class);

        this.alerter = new OpsAlerter(config.messaging);
        this.metrics = new MetricsReporter(config.metrics);
    }

    public synchronized IrisClient iris() {
        if (irisClient == null) {
            irisClient = config.iris.uri != null
                    ? IrisClientFactory.fromConfig(config)
                    : IrisClientFactory.production(config.dashboard);
        }
        return irisClient;
    }

    public IrisOrderService irisOrders() {
        return new IrisOrderService(iris(), config.dashboard.getSiteId(), config.dashboard.getSipPeerId());
    }

    public IrisImportService irisImports() {
        return new IrisImportService(iris(), Integer.parseInt(config.dashboard.getSiteId()), Integer.parseInt(config.dashboard.getSipPeerId()));
    }

    public IrisNumberSearch irisSearch() {
        return new IrisNumberSearch(iris());
    }

    public IrisTnService irisTns() {
        return new IrisTnService(iris(), config.dashboard.getSiteId());
    }

    public static ServiceRegistry from(JobExecutionContext context) {
        try {
            return (ServiceRegistry) context.getScheduler().getContext().get(CONTEXT_KEY);
        } catch (SchedulerException e) {
            throw new IllegalStateException("scheduler context unavailable", e);
        }
    }
}
