package net.cobaltline.numbers.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;

/** Binding of {@code iris-legacy.xml}, carried over from the on-prem provisioning box. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class LegacyIrisConfig {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Connection {
        @JacksonXmlProperty(isAttribute = true)
        public String env;
        public String uri;
        public String accountId;
        public String siteId;
        public String sipPeerId;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class NamedPath {
        @JacksonXmlProperty(isAttribute = true)
        public String name;
        @JacksonXmlText
        public String value;
    }

    @JacksonXmlElementWrapper(useWrapping = false)
    @JacksonXmlProperty(localName = "connection")
    public List<Connection> connections = new ArrayList<>();

    @JacksonXmlElementWrapper(localName = "paths")
    @JacksonXmlProperty(localName = "path")
    public List<NamedPath> paths = new ArrayList<>();

    public String portal;

    public static LegacyIrisConfig load() {
        try (InputStream in = LegacyIrisConfig.class.getResourceAsStream("/iris-legacy.xml")) {
            return new XmlMapper().readValue(in, LegacyIrisConfig.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Connection connection(String env) {
        return connections.stream()
                .filter(c -> env.equals(c.env))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Iris connection for " + env));
    }

    public String path(String name) {
        return paths.stream().filter(p -> name.equals(p.name)).map(p -> p.value).findFirst().orElse(null);
    }
}
