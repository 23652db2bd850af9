package com.tallgrassvoice.portwell.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** Reads {@code portwell.yml}, the profile file of the batch tools. */
public final class BatchProfiles {

    public record DashboardProfile(String baseUrl, String accountId, String siteId, String sipPeerId) {
    }

    private final Map<String, Object> root;

    private BatchProfiles(Map<String, Object> root) {
        this.root = root;
    }

    public static BatchProfiles load() {
        try (InputStream in = BatchProfiles.class.getResourceAsStream("/portwell.yml")) {
            if (in == null) {
                throw new IllegalStateException("portwell.yml missing from the classpath");
            }
            Map<String, Object> root = new Yaml().load(in);
            return new BatchProfiles(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section(Map<String, Object> parent, String name) {
        Object child = parent.get(name);
        if (!(child instanceof Map)) {
            throw new IllegalArgumentException("no section '" + name + "' in portwell.yml");
        }
        return (Map<String, Object>) child;
    }

    public DashboardProfile dashboard(String profile) {
        Map<String, Object> d = section(section(section(root, "profiles"), profile), "dashboard");
        return new DashboardProfile(
                String.valueOf(d.get("base-url")),
                String.valueOf(d.get("account-id")),
                String.valueOf(d.get("site-id")),
                String.valueOf(d.get("sip-peer-id")));
    }

    public String path(String name) {
        return String.valueOf(section(section(root, "batch"), "paths").get(name));
    }

    @SuppressWarnings("unchecked")
    public List<Integer> searchAreaCodes() {
        return (List<Integer>) section(section(root, "batch"), "search").get("area-codes");
    }

    public long maxUploadBytes() {
        Object v = section(section(root, "batch"), "limits").get("max-upload-bytes");
        return ((Number) v).longValue();
    }
}
