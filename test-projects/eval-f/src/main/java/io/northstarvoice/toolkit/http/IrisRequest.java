package io.northstarvoice.toolkit.http;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Immutable description of one HTTP call. Written before we had a shared HTTP library; every
 * service builds its requests through {@link #builder()}:
 * <pre>
 * IrisRequest.builder().base(baseUrl).path("accounts", accountId, "sites").query("page", "1").build();
 * </pre>
 */
public final class IrisRequest {

    public enum Method { GET, POST, PUT, DELETE }

    private final Method method;
    private final String base;
    private final List<String> segments;
    private final Map<String, String> query;
    private final String body;
    private final String contentType;

    private IrisRequest(Builder b) {
        this.method = b.method;
        this.base = b.base;
        this.segments = List.copyOf(b.segments);
        this.query = Collections.unmodifiableMap(new LinkedHashMap<>(b.query));
        this.body = b.body;
        this.contentType = b.contentType;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Method method() {
        return method;
    }

    public String body() {
        return body;
    }

    public String contentType() {
        return contentType;
    }

    public Map<String, String> query() {
        return query;
    }

    public URI uri() {
        StringBuilder sb = new StringBuilder(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        for (String segment : segments) {
            sb.append('/').append(segment);
        }
        if (!query.isEmpty()) {
            sb.append('?').append(query.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&")));
        }
        return URI.create(sb.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return method + " " + uri();
    }

    public static final class Builder {
        private Method method = Method.GET;
        private String base = "";
        private final List<String> segments = new ArrayList<>();
        private final Map<String, String> query = new LinkedHashMap<>();
        private String body;
        private String contentType;

        private Builder() {
        }

        public Builder base(String base) {
            this.base = Objects.requireNonNull(base, "base");
            return this;
        }

        public Builder method(Method method) {
            this.method = method;
            return this;
        }

        /** Appends segments; a segment may itself contain slashes ("/accounts/1/sites"). */
        public Builder path(String... parts) {
            for (String part : parts) {
                for (String s : part.split("/")) {
                    if (!s.isEmpty()) {
                        segments.add(s);
                    }
                }
            }
            return this;
        }

        public Builder query(String name, String value) {
            query.put(name, value);
            return this;
        }

        public Builder queryAll(Map<String, String> values) {
            query.putAll(values);
            return this;
        }

        public Builder xml(String xml) {
            this.body = xml;
            this.contentType = "application/xml";
            return this;
        }

        public Builder json(String json) {
            this.body = json;
            this.contentType = "application/json";
            return this;
        }

        public IrisRequest build() {
            return new IrisRequest(this);
        }
    }
}
