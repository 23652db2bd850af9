package net.halyardcomm.backoffice.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.SystemConfiguration;
import org.apache.commons.configuration2.XMLConfiguration;
import org.apache.commons.configuration2.YAMLConfiguration;
import org.apache.commons.configuration2.builder.fluent.Configurations;
import org.apache.commons.configuration2.ex.ConfigurationException;

/**
 * Loads the layered configuration: system properties win over backoffice.properties,
 * which wins over iris-endpoints.xml. ${} references are resolved across all layers.
 */
public final class BackofficeConfig {

    public static final String DEFAULT_PROPERTIES = "backoffice.properties";
    public static final String DEFAULT_XML = "iris-endpoints.xml";
    public static final String ENVIRONMENTS_YAML = "environments.yaml";

    private BackofficeConfig() {
    }

    public static CompositeConfiguration load() throws ConfigurationException {
        return load(DEFAULT_PROPERTIES, DEFAULT_XML);
    }

    public static CompositeConfiguration load(String propertiesResource, String xmlResource)
            throws ConfigurationException {
        Configurations configs = new Configurations();
        PropertiesConfiguration props = configs.properties(resource(propertiesResource));
        XMLConfiguration xml = configs.xml(resource(xmlResource));

        CompositeConfiguration merged = new CompositeConfiguration();
        merged.addConfiguration(new SystemConfiguration());
        merged.addConfiguration(props);
        merged.addConfiguration(xml);
        return merged;
    }

    public static YAMLConfiguration environments() throws ConfigurationException, IOException {
        YAMLConfiguration yaml = new YAMLConfiguration();
        try (InputStream in = resource(ENVIRONMENTS_YAML).openStream();
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            yaml.read(reader);
        }
        return yaml;
    }

    static URL resource(String name) throws ConfigurationException {
        URL url = Thread.currentThread().getContextClassLoader().getResource(name);
        if (url == null) {
            throw new ConfigurationException("missing configuration resource " + name);
        }
        return url;
    }
}
