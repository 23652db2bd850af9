package net.larkspurtel.provisioning.http;

import com.google.api.client.http.GenericUrl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fluent builder for account-scoped Dashboard URLs:
 * {@code <baseUrl>/accounts/<accountId>/<segment>/<segment>?<query>}.
 */
public final class DashboardUrlBuilder {

    private final String baseUrl;
    private final String accountId;
    private final List<String> segments = new ArrayList<>();
    private final Map<String, Object> query = new LinkedHashMap<>();

    private DashboardUrlBuilder(String baseUrl, String accountId) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
    }

    public static DashboardUrlBuilder forAccount(String baseUrl, String accountId) {
        return new DashboardUrlBuilder(baseUrl, accountId);
    }

    public DashboardUrlBuilder segment(String segment) {
        segments.add(segment);
        return this;
    }

    public DashboardUrlBuilder segments(String... more) {
        for (String s : more) {
            segment(s);
        }
        return this;
    }

    public DashboardUrlBuilder query(String name, Object value) {
        if (value != null) {
            query.put(name, value);
        }
        return this;
    }

    public GenericUrl build() {
        GenericUrl url = new GenericUrl(stripTrailingSlash(baseUrl));
        url.appendRawPath(DashboardPaths.ACCOUNTS + accountId);
        for (String segment : segments) {
            url.appendRawPath("/" + segment);
        }
        query.forEach(url::set);
        return url;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
