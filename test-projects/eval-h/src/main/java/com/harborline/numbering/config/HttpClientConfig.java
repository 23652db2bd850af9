package com.harborline.numbering.config;

import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

/** Shared Apache HttpClient 5 setup for the jobs that do not go through Camel. */
public final class HttpClientConfig {

    private static final int MAX_CONNECTIONS = 20;
    private static final long CONNECT_TIMEOUT_SECONDS = 10;
    private static final long RESPONSE_TIMEOUT_SECONDS = 120;

    private HttpClientConfig() {
    }

    public static CloseableHttpClient create() {
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setMaxConnPerRoute(MAX_CONNECTIONS)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS))
                        .build())
                .build();
        RequestConfig requestConfig = RequestConfig.custom()
                .setResponseTimeout(Timeout.of(RESPONSE_TIMEOUT_SECONDS, TimeUnit.SECONDS))
                .build();
        return HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(requestConfig)
                .setUserAgent("harborline-numbering/3.14")
                .build();
    }
}
