package io.github.irismigrate.analysis;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells Dashboard API URLs from Bandwidth's other APIs and from everything else. */
public final class DashboardUrl {
    public static final String V2_BASE = "https://dashboard.bandwidth.com/api/v2";

    private static final Set<String> DASHBOARD_HOSTS = Set.of("dashboard.bandwidth.com", "test.dashboard.bandwidth.com");
    private static final Set<String> LEGACY_HOSTS = Set.of("api.inetwork.com", "api.test.inetwork.com");

    /** A host after a scheme or '//', or a bare bandwidth/inetwork host at the start of a value. */
    private static final Pattern HOST = Pattern.compile(
            "(?i)(?:[a-z][a-z0-9+.-]*:)?//([a-z0-9.-]+)|^([a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:bandwidth\\.com|inetwork\\.com))(?=[/:]|$)");

    /**
     * Path names that exist only in the Dashboard API: a text that carries one of them is a Dashboard request
     * even without a host.
     */
    private static final String IRIS_ONLY_NAMES = "(?:importTnOrders|removeImportedTnOrders|externalTns|e911Addresses"
            + "|inserviceNumbers|availableNpaNxx|sippeers|tnoptions|portins|portouts|lnpchecker|importTnChecker"
            + "|coveredRateCenters|tnreservation|lineOptionOrders|emergencyNotification\\w*)";
    /** One of those names as a path segment; or opening a relative path with its query or next segment ({@code inserviceNumbers?areacode=312}). */
    private static final Pattern IRIS_ONLY_PATH = Pattern.compile(
            "/" + IRIS_ONLY_NAMES + "(?=[/?#\"'\\s]|\\{[?&/#.;+]|$|" + AssembledText.HOLE + ")|^" + IRIS_ONLY_NAMES + "(?=[/?])");

    private DashboardUrl() {
    }

    /** Two words and a blank before a URL: the URL is quoted in a sentence. */
    private static final Pattern PROSE_BEFORE_URL = Pattern.compile(
            "(?s).*\\b([A-Za-z]{2,})[ \\t]+([A-Za-z]{2,})[ \\t]+$");
    private static final java.util.Set<String> HTTP_METHODS = java.util.Set.of("GET", "POST", "PUT", "DELETE", "PATCH",
            "HEAD", "OPTIONS");

    /**
     * True when the first URL of {@code text} is quoted in a sentence ({@code "Dashboard base URL defaults to
     * https://dashboard.bandwidth.com/api (iris.base-url)"}, a usage or help text): it is no request. A request line
     * ({@code "curl -X POST https://.."}, {@code "GET https://.."}) is not a sentence.
     */
    public static boolean isQuotedInProse(String text) {
        int url = text.indexOf("://");
        int start = url < 0 ? -1 : Math.max(text.lastIndexOf("http", url), -1);
        if (start <= 0) {
            return false;
        }
        java.util.regex.Matcher m = PROSE_BEFORE_URL.matcher(text.substring(0, start));
        return m.matches() && !HTTP_METHODS.contains(m.group(2).toUpperCase(java.util.Locale.ROOT))
                && !HTTP_METHODS.contains(m.group(1).toUpperCase(java.util.Locale.ROOT));
    }

    /** Classifies the first host in {@code text}; {@link ApiTarget#UNKNOWN} when it names none. */
    public static ApiTarget classify(String text) {
        Matcher m = HOST.matcher(text);
        while (m.find()) {
            String host = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            if (host.isEmpty() || host.indexOf('.') < 0 && !host.equals("localhost")) {
                continue;
            }
            return classifyHost(host);
        }
        return ApiTarget.UNKNOWN;
    }

    public static ApiTarget classifyHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (DASHBOARD_HOSTS.contains(h)) {
            return ApiTarget.DASHBOARD;
        }
        if (LEGACY_HOSTS.contains(h)) {
            return ApiTarget.DASHBOARD_LEGACY;
        }
        if (h.endsWith("bandwidth.com") || h.endsWith("inetwork.com")) {
            return ApiTarget.OTHER_BANDWIDTH;
        }
        return ApiTarget.FOREIGN;
    }

    /**
     * True when the text names a path only the Dashboard API has, where the Dashboard has it: first in the text,
     * after a host, a version or an id ({@code /accounts/{id}/importTnOrders}, {@code /sites/12/sippeers}), or after
     * a part built elsewhere. A hyphenated segment before it ({@code /api/hosted-messaging/importTnOrders}) is no
     * Dashboard path: the Dashboard's names are camel case.
     */
    public static boolean hasIrisOnlyPath(String text) {
        Matcher m = IRIS_ONLY_PATH.matcher(text);
        while (m.find()) {
            if (!afterForeignSegment(text, m.start())) {
                return true;
            }
        }
        return IRIS_ONLY_SEARCH.matcher(text).find();
    }

    /**
     * A search of the Dashboard's available numbers by a filter only it has ({@code availableNumbers?areaCode=..&localVanity=..},
     * {@code ..&enableTNDetail=true}); Catapult's {@code availableNumbers/local} has none of them.
     */
    private static final Pattern IRIS_ONLY_SEARCH = Pattern.compile(
            "/availableNumbers(?![\\w/-])[^#\\s\"']*?[?&](?:localVanity|tollFreeVanity|tollFreeWildCardPattern|enableTNDetail)=");

    /**
     * True when the path segment that ends at {@code slash} (the index of the {@code /} before a name) is a literal
     * with a hyphen ({@code hosted-messaging/}): the Dashboard names its resources in camel case, so a name under it
     * is another server's route named after the Dashboard's.
     */
    public static boolean afterForeignSegment(String text, int slash) {
        if (slash <= 0) {
            return false;
        }
        String previous = text.substring(text.lastIndexOf('/', slash - 1) + 1, slash);
        return previous.indexOf('-') >= 0 && previous.indexOf(AssembledText.HOLE) < 0 && !previous.contains("{")
                && !previous.contains(".") && !previous.contains("$") && !previous.contains("%") && !previous.contains(":");
    }

    /** True when the text mentions a Dashboard host anywhere (cheap pre-check). */
    public static boolean mentionsDashboardHost(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("dashboard.bandwidth.com") || lower.contains("api.inetwork.com")
                || lower.contains("api.test.inetwork.com");
    }
}
