package net.korvalink.edge.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Link templates from iris-endpoints.json, rendered by the operator shell. */
@Component
public class EndpointCatalog {

    private final Map<String, Map<String, String>> catalog;

    public EndpointCatalog(ObjectMapper json) {
        try (InputStream in = new ClassPathResource("iris-endpoints.json").getInputStream()) {
            this.catalog = json.readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String link(String system, String name, Map<String, String> values) {
        String template = catalog.getOrDefault(system, Map.of()).get(name);
        if (template == null) {
            throw new IllegalArgumentException("No link " + system + "." + name);
        }
        String result = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            result = result.replace("{" + e.getKey() + "}", e.getValue());
        }
        return result;
    }
}
