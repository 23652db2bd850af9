package com.cascadia.numprov.iris;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Small fluent builder for Dashboard URLs, so callers do not glue slashes and query strings by hand.
 *
 * <pre>
 * IrisUriBuilder.from(base).account(id).segment("sites").segment(siteId).queryParam("page", 1).build()
 * </pre>
 */
public final class IrisUriBuilder {

    private final String base;
    private final StringBuilder path = new StringBuilder();
    private final Map<String, String> query = new LinkedHashMap<>();

    private IrisUriBuilder(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static IrisUriBuilder from(String base) {
        return new IrisUriBuilder(base);
    }

    public IrisUriBuilder account(String accountId) {
        return segment("accounts").segment(accountId);
    }

    public IrisUriBuilder segment(String segment) {
        path.append('/').append(encode(segment).replace("+", "%20"));
        return this;
    }

    public IrisUriBuilder segments(String... segments) {
        for (String s : segments) {
            segment(s);
        }
        return this;
    }

    public IrisUriBuilder queryParam(String name, Object value) {
        if (value != null) {
            query.put(name, String.valueOf(value));
        }
        return this;
    }

    public IrisUriBuilder queryParams(Map<String, ?> params) {
        params.forEach(this::queryParam);
        return this;
    }

    public URI build() {
        StringBuilder url = new StringBuilder(base).append(path);
        if (!query.isEmpty()) {
            StringJoiner qs = new StringJoiner("&", "?", "");
            query.forEach((k, v) -> qs.add(encode(k) + "=" + encode(v)));
            url.append(qs);
        }
        return URI.create(url.toString());
    }

    @Override
    public String toString() {
        return build().toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
