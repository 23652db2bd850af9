package net.kestrelridge.provisioning.di;

import dagger.Module;
import dagger.Provides;
import java.net.URI;
import javax.inject.Named;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.config.DashboardSettings;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

@Module
public final class HttpModule {

    static final String USER_AGENT = "kr-tn-provisioning-worker/3.8 (+https://netops.kestrelridge.net)";

    private HttpModule() {
    }

    @Provides
    @Singleton
    static CloseableHttpClient httpClient(DashboardSettings settings) {
        ConnectionConfig connectionConfig = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .build();
        PoolingHttpClientConnectionManager connectionManager = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(connectionConfig)
                .setMaxConnTotal(40)
                .setMaxConnPerRoute(20)
                .build();
        RequestConfig requestConfig = RequestConfig.custom()
                .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                .build();
        return HttpClients.custom()
                .setConnectionManager(connectionManager)
                .setDefaultRequestConfig(requestConfig)
                .setUserAgent(USER_AGENT)
                .build();
    }

    /** Scheme, host and port of the Dashboard, without the path of the base URL. */
    @Provides
    @Singleton
    @Named("dashboard")
    static HttpHost dashboardHost(DashboardSettings settings) {
        return HttpHost.create(URI.create(settings.baseUrl()));
    }
}
