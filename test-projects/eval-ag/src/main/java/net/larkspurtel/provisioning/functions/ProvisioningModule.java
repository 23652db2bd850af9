package net.larkspurtel.provisioning.functions;

import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import net.larkspurtel.provisioning.config.DashboardSettings;
import net.larkspurtel.provisioning.config.RuntimeConfig;
import net.larkspurtel.provisioning.config.SettingsBinder;
import net.larkspurtel.provisioning.http.DashboardClient;
import net.larkspurtel.provisioning.service.AddressValidator;
import net.larkspurtel.provisioning.service.CanaryCheckService;
import net.larkspurtel.provisioning.service.CrmGateway;
import net.larkspurtel.provisioning.service.E911AddressService;
import net.larkspurtel.provisioning.service.ExternalTnService;
import net.larkspurtel.provisioning.service.GcsReportReader;
import net.larkspurtel.provisioning.service.HostedMessagingService;
import net.larkspurtel.provisioning.service.InventoryReportParser;
import net.larkspurtel.provisioning.service.InventoryStore;
import net.larkspurtel.provisioning.service.MessagingFeatureService;
import net.larkspurtel.provisioning.service.NotificationProcessor;
import net.larkspurtel.provisioning.service.NumberOrderService;
import net.larkspurtel.provisioning.service.NumberSearchService;
import net.larkspurtel.provisioning.service.PayloadTemplates;
import net.larkspurtel.provisioning.service.PubSubCrmGateway;
import net.larkspurtel.provisioning.service.ReportService;
import net.larkspurtel.provisioning.service.SipPeerTnService;
import net.larkspurtel.provisioning.service.SubscriptionService;

/**
 * Hand-wired object graph shared by all functions of one instance. Cold starts matter more
 * to us than a DI container.
 */
public final class ProvisioningModule {

    private static volatile ProvisioningModule instance;

    private final SettingsBinder binder;
    private final DashboardSettings settings;
    private final HttpTransport transport;
    private final DashboardClient dashboard;
    private final PayloadTemplates templates = new PayloadTemplates();
    private final InventoryStore inventory = new InventoryStore.InMemory();
    private final NotificationProcessor.RegionRouting routing = new NotificationProcessor.RegionRouting();
    private final Clock clock = Clock.systemUTC();
    private final GcsReportReader reports;
    private final CrmGateway crm;

    ProvisioningModule(SettingsBinder binder, HttpTransport transport) {
        this.binder = binder;
        this.settings = binder.dashboard();
        this.transport = transport;
        this.dashboard = new DashboardClient(settings, transport);
        HttpRequestFactory plain = transport.createRequestFactory();
        this.reports = new GcsReportReader(plain);
        this.crm = new PubSubCrmGateway(plain, () -> {
            try {
                return reports.accessToken();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, env("GOOGLE_CLOUD_PROJECT", "larkspur-provisioning"), env("CRM_TOPIC", "crm-number-events"));
    }

    public static ProvisioningModule get() {
        ProvisioningModule local = instance;
        if (local == null) {
            synchronized (ProvisioningModule.class) {
                local = instance;
                if (local == null) {
                    local = new ProvisioningModule(SettingsBinder.fromProcess(), new NetHttpTransport());
                    instance = local;
                }
            }
        }
        return local;
    }

    static void override(ProvisioningModule module) {
        instance = module;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public DashboardSettings settings() {
        return settings;
    }

    public RuntimeConfig runtimeConfig() {
        return binder.runtimeConfig();
    }

    public HttpTransport transport() {
        return transport;
    }

    public DashboardClient dashboard() {
        return dashboard;
    }

    public PayloadTemplates templates() {
        return templates;
    }

    public InventoryStore inventory() {
        return inventory;
    }

    public CrmGateway crm() {
        return crm;
    }

    public Clock clock() {
        return clock;
    }

    public GcsReportReader reportReader() {
        return reports;
    }

    public NumberSearchService numberSearch() {
        return new NumberSearchService(dashboard);
    }

    public NumberOrderService numberOrders() {
        return new NumberOrderService(dashboard, crm, clock);
    }

    public E911AddressService e911() {
        return new E911AddressService(dashboard,
                new AddressValidator(transport.createRequestFactory(), env("GEO_ACCOUNT", "provisioning")));
    }

    public HostedMessagingService hostedMessaging() {
        return new HostedMessagingService(dashboard);
    }

    public ExternalTnService externalTns() {
        return new ExternalTnService(dashboard, env("DASHBOARD_LEGACY_HOST", "https://api.inetwork.com"));
    }

    public SipPeerTnService sipPeerTns() {
        return new SipPeerTnService(dashboard, templates);
    }

    public MessagingFeatureService messagingFeatures() {
        return new MessagingFeatureService(dashboard, templates);
    }

    public SubscriptionService subscriptions() {
        return new SubscriptionService(dashboard, templates);
    }

    public ReportService reportsService() {
        return new ReportService(dashboard, templates, clock);
    }

    public NotificationProcessor notifications() {
        return new NotificationProcessor(inventory, crm, routing);
    }

    public InventoryReportParser inventoryReportParser() {
        return new InventoryReportParser();
    }

    public CanaryCheckService canary() {
        return new CanaryCheckService(dashboard);
    }
}
