package com.northwind.numbers.config;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import org.springframework.web.util.DefaultUriBuilderFactory;

import com.northwind.numbers.iris.DashboardHttpApi;
import com.northwind.numbers.iris.MigratedDashboardApi;

import okhttp3.Credentials;
import okhttp3.OkHttpClient;

/**
 * HTTP clients for the Dashboard API and the other Bandwidth products.
 */
@Configuration
public class HttpClientConfig {

    @Bean
    @Qualifier("irisRestTemplate")
    public RestTemplate irisRestTemplate(
            @Value("${iris.base-url:https://dashboard.bandwidth.com/api}") String irisBaseUrl,
            IrisProperties props) {
        SimpleClientHttpRequestFactory rf = new SimpleClientHttpRequestFactory();
        rf.setConnectTimeout((int) Duration.ofSeconds(5).toMillis());
        rf.setReadTimeout((int) Duration.ofSeconds(30).toMillis());
        RestTemplate rt = new RestTemplate(rf);
        rt.setUriTemplateHandler(new DefaultUriBuilderFactory(irisBaseUrl));
        rt.getInterceptors().add((request, body, execution) -> {
            request.getHeaders().setBasicAuth(props.getUsername(), props.getPassword());
            request.getHeaders().setContentType(MediaType.APPLICATION_XML);
            return execution.execute(request, body);
        });
        return rt;
    }

    @Bean
    @Qualifier("irisRestClient")
    public RestClient irisRestClient(IrisProperties props) {
        return RestClient.builder()
                .baseUrl(props.getBaseUrl())
                .defaultHeaders(h -> h.setBasicAuth(props.getUsername(), props.getPassword()))
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_XML_VALUE)
                .build();
    }

    @Bean
    @Qualifier("irisSandboxRestClient")
    public RestClient irisSandboxRestClient(IrisProperties props) {
        return RestClient.builder()
                .baseUrl("https://test.dashboard.bandwidth.com/api/")
                .defaultHeaders(h -> h.setBasicAuth(props.getUsername(), props.getPassword()))
                .build();
    }

    @Bean
    @Qualifier("messagingRestClient")
    public RestClient messagingRestClient(
            @Value("${bandwidth.messaging.base-url:https://messaging.bandwidth.com/api/v2}") String messagingBaseUrl,
            @Value("${bandwidth.messaging.token:}") String token,
            @Value("${bandwidth.messaging.secret:}") String secret) {
        return RestClient.builder()
                .baseUrl(messagingBaseUrl)
                .defaultHeaders(h -> h.setBasicAuth(token, secret))
                .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    @Bean
    @Qualifier("voiceRestClient")
    public RestClient voiceRestClient(
            @Value("${bandwidth.voice.base-url:https://voice.bandwidth.com/api/v2}") String voiceBaseUrl) {
        return RestClient.builder().baseUrl(voiceBaseUrl).build();
    }

    @Bean
    public OkHttpClient irisOkHttpClient(IrisProperties props) {
        String basic = Credentials.basic(props.getUsername(), props.getPassword());
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(30))
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("Authorization", basic)
                        .build()))
                .build();
    }

    @Bean
    public DashboardHttpApi dashboardHttpApi(IrisProperties props) {
        RestClient client = RestClient.builder()
                .defaultHeaders(h -> h.setBasicAuth(props.getUsername(), props.getPassword()))
                .build();
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(client))
                .build()
                .createClient(DashboardHttpApi.class);
    }

    @Bean
    public MigratedDashboardApi migratedDashboardApi(IrisProperties props) {
        RestClient client = RestClient.builder()
                .baseUrl("https://dashboard.bandwidth.com/api/v2")
                .defaultHeaders(h -> h.setBasicAuth(props.getUsername(), props.getPassword()))
                .build();
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(client))
                .build()
                .createClient(MigratedDashboardApi.class);
    }
}
