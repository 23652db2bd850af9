package org.harborline.provisioning.http;

import org.harborline.provisioning.config.EnvironmentConfig;

/**
 * Base class for hand-rolled Dashboard resources (the parts the SDK never covered).
 * Subclasses only say which collection they talk to; the URL layout lives here.
 */
public abstract class AbstractIrisResource {

    protected final String baseUrl;
    protected final String accountId;
    protected final IrisHttpClient http;

    protected AbstractIrisResource(IrisHttpClient http, String accountId) {
        this(http, EnvironmentConfig.IRIS_BASE_URL, accountId);
    }

    protected AbstractIrisResource(IrisHttpClient http, String baseUrl, String accountId) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.accountId = accountId;
    }

    /** The collection under /accounts/{accountId}/, without slashes. */
    protected abstract String resourcePath();

    /** Template method: {baseUrl}/accounts/{accountId}/{resourcePath}[/sub/path]. */
    public final String buildUrl(String... subPath) {
        StringBuilder sb = new StringBuilder(baseUrl);
        sb.append("/accounts/").append(accountId).append('/').append(resourcePath());
        for (String segment : subPath) {
            sb.append('/').append(segment);
        }
        return sb.toString();
    }

    public String list() throws java.io.IOException {
        return http.get(buildUrl());
    }

    public String get(String id) throws java.io.IOException {
        return http.get(buildUrl(id));
    }
}
