package org.harborline.provisioning.http;

import java.util.Map;

import com.google.common.base.Joiner;
import org.apache.commons.lang3.StringUtils;

/**
 * Static URL helpers. Kept dependency-free on purpose (used from the batch jobs too).
 */
public final class UrlUtil {

    private static final Joiner.MapJoiner QUERY_JOINER = Joiner.on('&').withKeyValueSeparator("=");

    private UrlUtil() {
    }

    /** url("https://x", "accounts", 12, "sites") == "https://x/accounts/12/sites" */
    public static String url(String base, Object... segments) {
        StringBuilder sb = new StringBuilder(StringUtils.removeEnd(base, "/"));
        for (Object segment : segments) {
            sb.append('/').append(StringUtils.strip(String.valueOf(segment), "/"));
        }
        return sb.toString();
    }

    public static String withQuery(String url, Map<String, ?> params) {
        if (params == null || params.isEmpty()) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + QUERY_JOINER.join(params);
    }
}
