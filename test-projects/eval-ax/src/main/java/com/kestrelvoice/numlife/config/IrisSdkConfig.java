package com.kestrelvoice.numlife.config;

import com.bandwidth.iris.sdk.IrisClient;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration
public class IrisSdkConfig {

    /**
     * Main SDK client. The SDK builds every path as "/" + version + "/accounts/" + id, so the
     * version comes from configuration together with the host.
     */
    @Bean
    @Primary
    public IrisClient irisClient(DashboardProperties properties) {
        DashboardProperties.Api api = properties.getApi();
        return new IrisClient(api.getSdkUri(), api.getAccountId(), api.getUsername(), api.getPassword(), api.getSdkVersion());
    }

    /**
     * Separate client for the reporting user, which only has read access. It still runs with the
     * SDK's built-in host and version.
     */
    @Bean
    @Qualifier("reporting")
    public IrisClient reportingIrisClient(DashboardProperties properties) {
        DashboardProperties.Api api = properties.getApi();
        return new IrisClient(api.getAccountId(), "numlife-reports", System.getenv().getOrDefault("DASHBOARD_REPORTS_PASSWORD", ""));
    }
}
