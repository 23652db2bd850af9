package net.tidewaterconnect.numbering.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Endpoint map inherited from the provisioning scripts of the old OSS. Kept as XML so that the
 * operations team can edit it without a release.
 */
@Component
public class LegacyEndpointRegistry {

    private static final String RESOURCE = "legacy-endpoints.xml";

    private final String uri;
    private final Map<String, String> endpoints;

    public LegacyEndpointRegistry() throws IOException {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            LegacyEndpoints doc = new XmlMapper().readValue(in, LegacyEndpoints.class);
            this.uri = doc.uri;
            this.endpoints = doc.endpoints.stream().collect(Collectors.toMap(e -> e.name, e -> e.path));
        }
    }

    public String baseUri() {
        return uri;
    }

    public String resolve(String name, String accountId) {
        String path = endpoints.get(name);
        if (path == null) {
            throw new IllegalArgumentException("No legacy endpoint named " + name);
        }
        return path.startsWith("http") ? path.replace("{accountId}", accountId)
                : uri + path.replace("{accountId}", accountId);
    }

    @JacksonXmlRootElement(localName = "provisioning")
    static class LegacyEndpoints {
        @JacksonXmlProperty(localName = "uri")
        public String uri;

        @JacksonXmlElementWrapper(localName = "endpoints")
        @JacksonXmlProperty(localName = "endpoint")
        public List<Endpoint> endpoints = List.of();
    }

    static class Endpoint {
        @JacksonXmlProperty(isAttribute = true)
        public String name;

        @JacksonXmlText
        public String path;
    }
}
