package net.northvale.voice.provisioning.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.northvale.voice.provisioning.config.Dashboard;
import net.northvale.voice.provisioning.config.DashboardSettings;

import java.net.URI;

/**
 * Shared plumbing of the raw Dashboard clients: the account root target, XML posting and error
 * mapping. Everything below {@code dashboard.base-url} is built by the callers.
 */
@ApplicationScoped
public class DashboardClient {

    private Client client;
    private DashboardSettings settings;

    protected DashboardClient() {
    }

    @Inject
    public DashboardClient(@Dashboard Client client, DashboardSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public Client client() {
        return client;
    }

    public String baseUrl() {
        return settings.baseUrl();
    }

    public String accountId() {
        return settings.accountId();
    }

    public DashboardSettings settings() {
        return settings;
    }

    /** {@code <base>}, for callers that resolve their own templates. */
    public WebTarget root() {
        return client.target(settings.baseUrl());
    }

    /**
     * {@code <base>/accounts/<accountId>}, i.e. https://dashboard.bandwidth.com/api/accounts/9900123
     * in production.
     */
    public WebTarget account() {
        return root().path("accounts").path(settings.accountId());
    }

    /** Absolute URL of an account resource, for the few places that still build strings. */
    public String accountUrl(String suffix) {
        return settings.baseUrl() + "/accounts/" + settings.accountId() + suffix;
    }

    public <T> T get(WebTarget target, Class<T> type) {
        try (Response response = target.request(MediaType.APPLICATION_XML).get()) {
            check(response);
            return response.readEntity(type);
        }
    }

    public Response postXml(WebTarget target, Object body) {
        Response response = target.request(MediaType.APPLICATION_XML).post(Entity.xml(body));
        check(response);
        return response;
    }

    public Response putXml(WebTarget target, Object body) {
        Response response = target.request(MediaType.APPLICATION_XML).put(Entity.xml(body));
        check(response);
        return response;
    }

    public void check(Response response) {
        if (response.getStatus() >= 400) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            throw new DashboardException(response.getStatus(), body);
        }
    }

    /** The Dashboard answers a create with the new resource in the Location header. */
    public static String idFromLocation(Response response) {
        URI location = response.getLocation();
        if (location == null) {
            return null;
        }
        String path = location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
