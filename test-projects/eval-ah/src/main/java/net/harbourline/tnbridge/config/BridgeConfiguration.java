package net.harbourline.tnbridge.config;

import net.harbourline.tnbridge.monitoring.HealthPublisher;
import net.harbourline.tnbridge.processor.ExternalTnsBodyBuilder;
import net.harbourline.tnbridge.monitoring.iris.IrisClient;
import net.harbourline.tnbridge.service.IrisClientFactory;
import net.harbourline.tnbridge.service.IrisInventoryBean;
import net.harbourline.tnbridge.service.TnInventoryStore;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;
import org.apache.camel.component.jackson.JacksonDataFormat;
import org.apache.camel.converter.jaxb.JaxbDataFormat;

/**
 * Beans shared by the routes. Values come from application.properties / environment.
 */
public class BridgeConfiguration implements CamelConfiguration {

    @PropertyInject(value = "dashboard.base-url", defaultValue = "https://dashboard.bandwidth.com/api/v1")
    private String dashboardBaseUrl;

    @PropertyInject("dashboard.account-id")
    private String accountId;

    @PropertyInject("dashboard.username")
    private String username;

    @PropertyInject("dashboard.password")
    private String password;

    @PropertyInject(value = "dashboard.site-id", defaultValue = "24713")
    private String siteId;

    @PropertyInject(value = "dashboard.sip-peer-id", defaultValue = "571032")
    private String sipPeerId;

    @PropertyInject(value = "dashboard.dr-sip-peer-id", defaultValue = "571044")
    private String drSipPeerId;

    @PropertyInject(value = "dashboard.sdk-version", defaultValue = "v1.0")
    private String sdkVersion;

    @PropertyInject(value = "dashboard.callback-url", defaultValue = "https://tnbridge.harbourline.net/callbacks/dashboard")
    private String callbackUrl;

    @PropertyInject(value = "monitoring.iris.endpoint", defaultValue = "https://iris.ops.harbourline.net/v1")
    private String monitoringEndpoint;

    @BindToRegistry("dashboardSettings")
    public DashboardSettings dashboardSettings() {
        DashboardSettings settings = new DashboardSettings();
        settings.setBaseUrl(dashboardBaseUrl);
        settings.setAccountId(accountId);
        settings.setUsername(username);
        settings.setPassword(password);
        settings.setSiteId(siteId);
        settings.setSipPeerId(sipPeerId);
        settings.setDrSipPeerId(drSipPeerId);
        settings.setSdkVersion(sdkVersion);
        settings.setCallbackUrl(callbackUrl);
        return settings;
    }

    @BindToRegistry("tnInventoryStore")
    public TnInventoryStore tnInventoryStore() {
        return new TnInventoryStore();
    }

    @BindToRegistry("irisInventory")
    public IrisInventoryBean irisInventory() {
        return new IrisInventoryBean(new IrisClientFactory(dashboardSettings()).create(), dashboardSettings());
    }

    @BindToRegistry("externalTnsUris")
    public ExternalTnsBodyBuilder externalTnsUris() {
        return new ExternalTnsBodyBuilder(dashboardSettings());
    }

    @BindToRegistry("healthPublisher")
    public HealthPublisher healthPublisher() {
        // internal IRIS monitoring platform, not the Bandwidth Dashboard
        IrisClient monitoring = new IrisClient(monitoringEndpoint, "tn-bridge", System.getenv("IRIS_MONITORING_TOKEN"));
        return new HealthPublisher(monitoring);
    }

    @BindToRegistry("orderResponseFormat")
    public JaxbDataFormat orderResponseFormat() {
        JaxbDataFormat format = new JaxbDataFormat();
        format.setContextPath("net.harbourline.tnbridge.model");
        return format;
    }

    @BindToRegistry("numberRequestJson")
    public JacksonDataFormat numberRequestJson() {
        return new JacksonDataFormat(net.harbourline.tnbridge.model.NumberRequest.class);
    }

    @Override
    public void configure(CamelContext camelContext) {
        camelContext.getGlobalOptions().put("CamelJacksonEnableTypeConverter", "true");
    }
}
