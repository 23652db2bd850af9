package io.northstarvoice.toolkit.wiring;

import com.bandwidth.iris.sdk.IrisClient;
import io.northstarvoice.toolkit.bandwidth.SmsNotifier;
import io.northstarvoice.toolkit.callbacks.NotificationHandler;
import io.northstarvoice.toolkit.config.ToolkitConfig;
import io.northstarvoice.toolkit.http.HttpTransport;
import io.northstarvoice.toolkit.http.JdkHttpTransport;
import io.northstarvoice.toolkit.iris.E911AddressService;
import io.northstarvoice.toolkit.iris.HostedMessagingService;
import io.northstarvoice.toolkit.iris.NumberSearchService;
import io.northstarvoice.toolkit.iris.PortingService;
import io.northstarvoice.toolkit.iris.SipPeerTnService;
import io.northstarvoice.toolkit.iris.SubscriptionService;
import io.northstarvoice.toolkit.legacy.LegacyInetworkClient;
import io.northstarvoice.toolkit.model.PortRequestStore;
import io.northstarvoice.toolkit.reports.ReportInstanceService;
import io.northstarvoice.toolkit.sdk.SdkClientFactory;
import io.northstarvoice.toolkit.sdk.SdkImportService;
import io.northstarvoice.toolkit.sdk.SdkInventoryService;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Hand-rolled composition root: every object is created once, on first use. */
public final class Wiring {

    private final ToolkitConfig config;
    private final HttpTransport transport;
    private final Map<Class<?>, Object> singletons = new HashMap<>();

    public Wiring(ToolkitConfig config) {
        this(config, new JdkHttpTransport(config.username(), config.password(), config.timeout()));
    }

    public Wiring(ToolkitConfig config, HttpTransport transport) {
        this.config = config;
        this.transport = transport;
    }

    @SuppressWarnings("unchecked")
    private synchronized <T> T single(Class<T> type, Supplier<T> factory) {
        return (T) singletons.computeIfAbsent(type, t -> factory.get());
    }

    public ToolkitConfig config() {
        return config;
    }

    public E911AddressService e911() {
        return single(E911AddressService.class, () -> new E911AddressService(transport, config));
    }

    public HostedMessagingService hostedMessaging() {
        return single(HostedMessagingService.class, () -> new HostedMessagingService(transport, config));
    }

    public NumberSearchService search() {
        return single(NumberSearchService.class, () -> new NumberSearchService(transport, config));
    }

    public PortingService porting() {
        return single(PortingService.class, () -> new PortingService(transport, config));
    }

    public SipPeerTnService sipPeerTns() {
        return single(SipPeerTnService.class, () -> new SipPeerTnService(transport, config));
    }

    public SubscriptionService subscriptions() {
        return single(SubscriptionService.class, () -> new SubscriptionService(transport, config));
    }

    public ReportInstanceService reports() {
        return single(ReportInstanceService.class, () -> new ReportInstanceService(transport, config));
    }

    public LegacyInetworkClient legacy() {
        return single(LegacyInetworkClient.class, () -> new LegacyInetworkClient(config));
    }

    public IrisClient irisClient() {
        return single(IrisClient.class, () -> new SdkClientFactory(config).create());
    }

    public SdkInventoryService sdkInventory() {
        return single(SdkInventoryService.class, () -> new SdkInventoryService(irisClient()));
    }

    public SdkImportService sdkImports() {
        return single(SdkImportService.class, () -> new SdkImportService(irisClient(),
                Integer.parseInt(config.siteId()), Integer.parseInt(config.sipPeerId())));
    }

    public PortRequestStore portRequests() {
        return single(PortRequestStore.class, PortRequestStore::new);
    }

    public NotificationHandler notifications() {
        return single(NotificationHandler.class, () -> new NotificationHandler(portRequests()));
    }

    public SmsNotifier smsNotifier() {
        return single(SmsNotifier.class, () -> new SmsNotifier(transport, config.messagingBaseUrl(),
                config.accountId(), config.get("messaging.applicationId", "")));
    }
}
