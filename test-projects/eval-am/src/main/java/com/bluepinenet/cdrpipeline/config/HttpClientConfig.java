package com.bluepinenet.cdrpipeline.config;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import com.bluepinenet.cdrpipeline.dashboard.DashboardHttpClient;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class HttpClientConfig {

    @Bean
    public HttpClient dashboardHttpClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Bean
    public Retry dashboardRetry(DashboardProperties props) {
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(props.getMaxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(props.getRetryWait(), 2.0, 0.3))
                .retryExceptions(DashboardHttpClient.RetryableException.class, HttpTimeoutException.class, IOException.class)
                .build();
        return Retry.of("dashboard", config);
    }

    @Bean(destroyMethod = "shutdown")
    public ScheduledExecutorService retryScheduler() {
        return Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "dashboard-retry");
            t.setDaemon(true);
            return t;
        });
    }
}
