package net.tidewaterconnect.numbering.config;

import java.time.Duration;

import net.tidewaterconnect.numbering.dashboard.XmlTemplateRenderer;
import org.springframework.web.client.RestClient;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/** Builds the production client wiring against a local mock server. */
public final class TestDashboardClients {

    public static final String ACCOUNT_ID = "5009876";

    private TestDashboardClients() {
    }

    public static DashboardProperties props(int port) {
        return props("http://localhost:" + port + "/api");
    }

    public static DashboardProperties props(String baseUrl) {
        return new DashboardProperties(baseUrl, ACCOUNT_ID, "api-user", "secret",
                "v1.0", "3101", "552190", "757", Duration.ofSeconds(5));
    }

    public static RestClient restClient(DashboardProperties props) {
        return new DashboardClientConfig().dashboardRestClient(RestClient.builder(), props);
    }

    public static HttpServiceProxyFactory proxyFactory(RestClient restClient) {
        return new DashboardClientConfig().dashboardProxyFactory(restClient);
    }

    public static XmlTemplateRenderer templates() {
        return new XmlTemplateRenderer();
    }
}
