package net.kestrelvoice.numbering.config;

import java.util.ArrayList;
import java.util.List;

import org.apache.cxf.jaxrs.client.JAXRSClientFactory;
import org.apache.cxf.jaxrs.client.WebClient;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;

/**
 * Creates CXF proxies for the dashboard resource interfaces in
 * {@code net.kestrelvoice.numbering.dashboard.api}. Proxies share credentials and timeouts.
 */
public class DashboardProxyFactory {

    private final DashboardSettings settings;
    private final List<Object> providers = new ArrayList<>();

    public DashboardProxyFactory(DashboardSettings settings) {
        this.settings = settings;
    }

    public void setProviders(List<Object> providers) {
        this.providers.clear();
        this.providers.addAll(providers);
    }

    public List<Object> getProviders() {
        return providers;
    }

    public <T> T create(Class<T> resource) {
        return create(settings.getBaseUrl(), resource);
    }

    public <T> T create(String baseAddress, Class<T> resource) {
        T proxy = JAXRSClientFactory.create(baseAddress, resource, providers,
                settings.getUsername(), settings.getPassword(), null);
        configureTimeouts(WebClient.getConfig(proxy).getHttpConduit());
        return proxy;
    }

    private void configureTimeouts(HTTPConduit conduit) {
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(settings.getConnectTimeoutMillis());
        policy.setReceiveTimeout(settings.getReceiveTimeoutMillis());
        conduit.setClient(policy);
    }
}
