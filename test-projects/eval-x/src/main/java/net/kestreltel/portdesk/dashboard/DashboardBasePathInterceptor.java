package net.kestreltel.portdesk.dashboard;

import com.google.inject.Inject;
import com.google.inject.name.Named;
import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * Prefixes every Dashboard request line with the API base path, so the Feign interfaces can be
 * written as {@code /accounts/{accountId}/...} and the same interfaces work against MockWebServer.
 */
public class DashboardBasePathInterceptor implements RequestInterceptor {

    /** Used when dashboard.basePath is blank (local runs). */
    static final String DEFAULT_BASE_PATH = "/api";

    private final String basePath;

    @Inject
    public DashboardBasePathInterceptor(@Named("dashboard.basePath") String basePath) {
        this.basePath = basePath == null || basePath.isBlank() ? DEFAULT_BASE_PATH : basePath;
    }

    @Override
    public void apply(RequestTemplate template) {
        String url = template.url();
        if (!url.startsWith(basePath)) {
            template.uri(basePath + url);
        }
    }

    public String basePath() {
        return basePath;
    }
}
