package net.cascadiatel.provisioning.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.inject.Singleton;

/**
 * Vendor endpoints shared with the ops tooling: conf/vendors.yaml (owned by the platform team)
 * and conf/failover-endpoints.xml (owned by the DR runbook).
 */
@Singleton
public class EndpointDirectory {

    private final JsonNode vendors;
    private final Map<String, String> failover = new HashMap<>();
    private final JsonNode environments;

    public EndpointDirectory() {
        this.vendors = read("/vendors.yaml", new ObjectMapper(new YAMLFactory())).path("vendors");
        JsonNode endpoints = read("/failover-endpoints.xml", new XmlMapper()).path("endpoint");
        for (JsonNode endpoint : endpoints.isArray() ? endpoints : java.util.List.of(endpoints)) {
            failover.put(endpoint.path("id").asText(), endpoint.path("uri").asText());
        }
        this.environments = read("/seed/environments.json", new ObjectMapper()).path("environments");
    }

    public Optional<String> dashboardUrlFor(String environment) {
        for (JsonNode env : environments) {
            if (environment.equals(env.path("name").asText())) {
                return Optional.of(env.path("dashboardBaseUrl").asText());
            }
        }
        return Optional.empty();
    }

    public String dashboardUrl() {
        return vendors.path("bandwidth").path("dashboard").path("url").asText(DashboardEndpoints.PRODUCTION);
    }

    public Optional<String> vendorUrl(String vendor, String product) {
        JsonNode node = vendors.path(vendor).path(product).path("url");
        return node.isMissingNode() ? Optional.empty() : Optional.of(node.asText());
    }

    public Optional<String> failoverUri(String id) {
        return Optional.ofNullable(failover.get(id));
    }

    private static JsonNode read(String resource, ObjectMapper mapper) {
        try (InputStream in = EndpointDirectory.class.getResourceAsStream(resource)) {
            return in == null ? mapper.createObjectNode() : mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
