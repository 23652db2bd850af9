package net.kestrelridge.provisioning.dashboard;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.config.DashboardSettings;

/**
 * Named path templates from {@code dashboard-endpoints.yaml}, expanded against the configured
 * account, site and SIP peer.
 */
@Singleton
public class EndpointCatalog {

    static final String RESOURCE = "dashboard-endpoints.yaml";

    private final Map<String, String> templates;
    private final DashboardSettings settings;

    @Inject
    public EndpointCatalog(DashboardSettings settings) {
        this(settings, load(RESOURCE));
    }

    EndpointCatalog(DashboardSettings settings, Map<String, String> templates) {
        this.settings = settings;
        this.templates = Map.copyOf(templates);
    }

    static Map<String, String> load(String resource) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (InputStream in = EndpointCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return yaml.readValue(in, new TypeReference<Map<String, String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Full URL of the named endpoint; {@code vars} fill the placeholders other than the ids from config. */
    public String url(String name, Map<String, String> vars) {
        String template = templates.get(name);
        if (template == null) {
            throw new IllegalArgumentException("no Dashboard endpoint named " + name);
        }
        Map<String, String> all = new HashMap<>(vars);
        all.putIfAbsent("accountId", settings.accountId());
        all.putIfAbsent("siteId", Integer.toString(settings.siteId()));
        all.putIfAbsent("sipPeerId", Integer.toString(settings.sipPeerId()));
        String path = template;
        for (Map.Entry<String, String> e : all.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return settings.baseUrl() + path;
    }

    public String url(String name) {
        return url(name, Map.of());
    }
}
