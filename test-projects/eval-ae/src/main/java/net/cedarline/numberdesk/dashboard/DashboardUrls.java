package net.cedarline.numberdesk.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Builds account-scoped Dashboard URLs from the configured base URL. */
public class DashboardUrls {

    private final String baseUrl;
    private final String accountId;

    public DashboardUrls(String baseUrl, String accountId) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.accountId = accountId;
    }

    public String base() {
        return baseUrl;
    }

    public String accountId() {
        return accountId;
    }

    public String account(String... segments) {
        StringBuilder sb = new StringBuilder(baseUrl).append(DashboardPaths.ACCOUNTS).append(accountId);
        for (String segment : segments) {
            if (!segment.startsWith("/")) {
                sb.append('/');
            }
            sb.append(segment);
        }
        return sb.toString();
    }

    public static String withQuery(String url, Map<String, ?> params) {
        if (params.isEmpty()) {
            return url;
        }
        StringBuilder sb = new StringBuilder(url).append(url.contains("?") ? '&' : '?');
        boolean first = true;
        for (Map.Entry<String, ?> e : params.entrySet()) {
            if (!first) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8));
            first = false;
        }
        return sb.toString();
    }
}
