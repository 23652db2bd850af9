package net.kestrelvoice.numbering.config;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.core.MediaType;

import org.apache.cxf.jaxrs.client.WebClient;

/** Shared factory for CXF {@link WebClient}s pointed at the dashboard. */
public class WebClientFactory {

    private final DashboardSettings settings;
    private final List<Object> providers = new ArrayList<>();

    public WebClientFactory(DashboardSettings settings) {
        this.settings = settings;
    }

    public void setProviders(List<Object> providers) {
        this.providers.clear();
        this.providers.addAll(providers);
    }

    /** Client rooted at the configured dashboard base URL. */
    public WebClient dashboard() {
        return xml(WebClient.create(settings.getBaseUrl(), providers,
                settings.getUsername(), settings.getPassword(), null));
    }

    /** Client rooted at {@code <base>/accounts/<accountId>}. */
    public WebClient account() {
        return dashboard().path("accounts").path(settings.getAccountId());
    }

    /** Client rooted at an arbitrary address (other carrier APIs, tests). */
    public WebClient at(String address) {
        return xml(WebClient.create(address, providers,
                settings.getUsername(), settings.getPassword(), null));
    }

    private static WebClient xml(WebClient client) {
        return client.type(MediaType.APPLICATION_XML_TYPE).accept(MediaType.APPLICATION_XML_TYPE);
    }

    public DashboardSettings settings() {
        return settings;
    }
}
