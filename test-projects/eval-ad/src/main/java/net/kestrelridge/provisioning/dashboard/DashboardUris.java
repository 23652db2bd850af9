package net.kestrelridge.provisioning.dashboard;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.config.DashboardSettings;
import org.apache.hc.core5.net.URIBuilder;

/**
 * Builds account-scoped Dashboard URIs from the configured base URL.
 */
@Singleton
public class DashboardUris {

    private final String baseUrl;
    private final String accountId;

    @Inject
    public DashboardUris(DashboardSettings settings) {
        this(settings.baseUrl(), settings.accountId());
    }

    public DashboardUris(String baseUrl, String accountId) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.accountId = accountId;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String accountId() {
        return accountId;
    }

    /** {@code <base>/accounts/<accountId>/<segments...>} */
    public URI account(String... segments) {
        return account(Map.of(), segments);
    }

    public URI account(Map<String, String> query, String... segments) {
        try {
            URIBuilder builder = accountBuilder().appendPathSegments(segments);
            query.forEach(builder::addParameter);
            return builder.build();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad Dashboard URI for " + String.join("/", segments), e);
        }
    }

    /** Builder positioned at {@code <base>/accounts/<accountId>}, for callers that add their own parts. */
    public URIBuilder accountBuilder() {
        try {
            return new URIBuilder(baseUrl).appendPathSegments("accounts", accountId);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("invalid provisioning.dashboard.base-url: " + baseUrl, e);
        }
    }

    /** String form used with the path templates of {@link EndpointCatalog}. */
    public String accountUrl(String suffix) {
        return baseUrl + DashboardPaths.ACCOUNTS + accountId + suffix;
    }
}
