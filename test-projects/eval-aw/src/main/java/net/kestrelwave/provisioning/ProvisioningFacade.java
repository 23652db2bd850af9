package net.kestrelwave.provisioning;

import com.bandwidth.iris.sdk.IrisClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.kestrelwave.provisioning.callbacks.CallbackServer;
import net.kestrelwave.provisioning.callbacks.OrderNotificationHandler;
import net.kestrelwave.provisioning.callbacks.PendingActivationStore;
import net.kestrelwave.provisioning.config.DashboardProperties;
import net.kestrelwave.provisioning.config.EnvironmentConfig;
import net.kestrelwave.provisioning.config.ProvisioningConfiguration;
import net.kestrelwave.provisioning.crm.CrmClient;
import net.kestrelwave.provisioning.dashboard.DashboardHttpClient;
import net.kestrelwave.provisioning.dashboard.DashboardMetrics;
import net.kestrelwave.provisioning.dashboard.DashboardXml;
import net.kestrelwave.provisioning.messaging.MessagingNotifier;
import net.kestrelwave.provisioning.rpc.HandlerRegistry;
import net.kestrelwave.provisioning.sdk.IrisClientFactory;
import net.kestrelwave.provisioning.service.E911Service;
import net.kestrelwave.provisioning.service.HostedMessagingService;
import net.kestrelwave.provisioning.service.MessagingFeatureService;
import net.kestrelwave.provisioning.service.NumberOrderService;
import net.kestrelwave.provisioning.service.NumberSearchService;
import net.kestrelwave.provisioning.templates.TemplateRenderer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Wires the handlers and starts the callback server. The gRPC transport itself is the platform
 * team's sidecar, which forwards unary calls to {@link HandlerRegistry}.
 */
public final class ProvisioningFacade {

    private ProvisioningFacade() {
    }

    public static void main(String[] args) throws Exception {
        try (AnnotationConfigApplicationContext context =
                     new AnnotationConfigApplicationContext(ProvisioningConfiguration.class)) {
            EnvironmentConfig env = context.getBean(EnvironmentConfig.class);
            DashboardHttpClient dashboard = context.getBean(DashboardHttpClient.class);
            DashboardProperties properties = context.getBean(DashboardProperties.class);
            DashboardMetrics metrics = context.getBean(DashboardMetrics.class);
            MessagingNotifier notifier = context.getBean(MessagingNotifier.class);
            DashboardXml xml = new DashboardXml();
            TemplateRenderer templates = new TemplateRenderer();
            PendingActivationStore pending = new PendingActivationStore();
            CrmClient crm = new CrmClient(env.crmBaseUrl());
            IrisClient iris = IrisClientFactory.forAccount(env);
            net.kestrelwave.provisioning.fraud.IrisClient riskScoring =
                    new net.kestrelwave.provisioning.fraud.IrisClient(System.getenv("IRISRISK_ACCOUNT"),
                            System.getenv("IRISRISK_USER"), System.getenv("IRISRISK_KEY"));

            HandlerRegistry registry = new HandlerRegistry()
                    .register(new NumberSearchService(dashboard, xml, env))
                    .register(new NumberOrderService(dashboard, xml, templates, pending, riskScoring, env))
                    .register(new E911Service(dashboard, xml, templates, properties, crm, env))
                    .register(new HostedMessagingService(dashboard, xml, templates, properties, metrics, env))
                    .register(new MessagingFeatureService(dashboard, templates, env));
            registry.loadDeadlines(new ObjectMapper());

            CallbackServer callbacks = new CallbackServer(8080,
                    new OrderNotificationHandler(xml, pending, notifier), notifier);
            callbacks.start();
            Runtime.getRuntime().addShutdownHook(new Thread(callbacks::stop));
            System.out.println("provisioning facade up for account " + env.accountId()
                    + " (SDK client for " + iris.getClass().getSimpleName() + ")");
            Thread.currentThread().join();
        }
    }
}
