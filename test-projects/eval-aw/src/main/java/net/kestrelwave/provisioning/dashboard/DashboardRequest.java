package net.kestrelwave.provisioning.dashboard;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Small fluent builder for Dashboard calls:
 * <pre>
 *   DashboardRequest.get().account(id).path("sites", siteId).query("page", 1)
 * </pre>
 * The base URL is supplied by {@link DashboardHttpClient}, so the same request can be replayed
 * against the test host.
 */
public final class DashboardRequest {

    private final String method;
    private final List<String> segments = new ArrayList<>();
    private final Map<String, String> query = new LinkedHashMap<>();
    private String accountId;
    private String rawQuery;
    private String body;
    private String operation = "adhoc";

    private DashboardRequest(String method) {
        this.method = method;
    }

    public static DashboardRequest get() {
        return new DashboardRequest("GET");
    }

    public static DashboardRequest post() {
        return new DashboardRequest("POST");
    }

    public static DashboardRequest put() {
        return new DashboardRequest("PUT");
    }

    public static DashboardRequest delete() {
        return new DashboardRequest("DELETE");
    }

    public static DashboardRequest of(DashboardOperation op, Map<String, String> variables) {
        DashboardRequest request = new DashboardRequest(op.method());
        request.operation = op.metricTag();
        return request.path(op.expand(variables));
    }

    public DashboardRequest account(String id) {
        this.accountId = id;
        return this;
    }

    /** Each part may itself contain slashes; empty parts are ignored. */
    public DashboardRequest path(String... parts) {
        for (String part : parts) {
            if (part == null) {
                continue;
            }
            for (String segment : part.split("/")) {
                if (!segment.isEmpty()) {
                    segments.add(segment);
                }
            }
        }
        return this;
    }

    public DashboardRequest query(String name, Object value) {
        if (value != null) {
            query.put(name, String.valueOf(value));
        }
        return this;
    }

    /** Pre-encoded query string, e.g. from an environment file. */
    public DashboardRequest rawQuery(String encoded) {
        this.rawQuery = encoded;
        return this;
    }

    public DashboardRequest body(String xml) {
        this.body = xml;
        return this;
    }

    public DashboardRequest named(String operationName) {
        this.operation = operationName;
        return this;
    }

    public String method() {
        return method;
    }

    public String body() {
        return body;
    }

    public String operation() {
        return operation;
    }

    public List<String> segments() {
        return Collections.unmodifiableList(segments);
    }

    public URI toUri(String baseUrl) {
        StringBuilder url = new StringBuilder(baseUrl.endsWith("/")
                ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        if (accountId != null) {
            url.append(DashboardEndpoints.ACCOUNTS).append(encode(accountId));
        }
        for (String segment : segments) {
            url.append('/').append(segment);
        }
        String encodedQuery = query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        if (rawQuery != null && !rawQuery.isBlank()) {
            encodedQuery = encodedQuery.isEmpty() ? rawQuery : encodedQuery + "&" + rawQuery;
        }
        if (!encodedQuery.isEmpty()) {
            url.append('?').append(encodedQuery);
        }
        return URI.create(url.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return method + " " + (accountId == null ? "" : "/accounts/" + accountId) + "/" + String.join("/", segments);
    }
}
