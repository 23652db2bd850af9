package com.northforktel.numbering.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small fluent builder for Dashboard URLs, for the places where the fixed templates of
 * {@link DashboardPaths} do not fit (optional filters, paging, the old iNetwork hosts).
 */
public final class DashboardUris {

    private final StringBuilder path;
    private final Map<String, String> query = new LinkedHashMap<>();

    private DashboardUris(StringBuilder path) {
        this.path = path;
    }

    public static DashboardUris of(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new DashboardUris(new StringBuilder(base));
    }

    /** Customers that were provisioned before the Dashboard rename still live on the iNetwork host. */
    public static DashboardUris legacyHost(String host, String accountId) {
        return new DashboardUris(new StringBuilder("https://")
                .append(host)
                .append("/v1.0/accounts/")
                .append(encode(accountId)));
    }

    public DashboardUris account(String accountId) {
        return segment("accounts").segment(accountId);
    }

    public DashboardUris segment(String segment) {
        path.append('/').append(encode(segment));
        return this;
    }

    public DashboardUris param(String name, Object value) {
        if (value != null) {
            query.put(name, String.valueOf(value));
        }
        return this;
    }

    public String build() {
        if (query.isEmpty()) {
            return path.toString();
        }
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> e : query.entrySet()) {
            url.append(separator).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
