package net.kestreltel.numgate.config;

import io.netty.channel.ChannelOption;
import net.kestreltel.numgate.dashboard.DashboardApiException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

@Configuration
public class DashboardClientConfig {

    public static final String DASHBOARD = "dashboardWebClient";
    public static final String PRODUCTS = "productsWebClient";

    @Bean(DASHBOARD)
    public WebClient dashboardWebClient(WebClient.Builder builder, DashboardProperties props) {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
                .responseTimeout(props.timeout());
        return builder.clone()
                .baseUrl(props.baseUrl())
                .clientConnector(new ReactorClientHttpConnector(http))
                .defaultHeaders(h -> h.setBasicAuth(props.username(), props.password()))
                .defaultHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_XML_VALUE)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_XML_VALUE)
                .codecs(c -> c.defaultCodecs().maxInMemorySize(8 * 1024 * 1024))
                .filter(errorMapping())
                .build();
    }

    @Bean(PRODUCTS)
    public WebClient productsWebClient(WebClient.Builder builder) {
        return builder.clone()
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    static ExchangeFilterFunction errorMapping() {
        return ExchangeFilterFunction.ofResponseProcessor(response -> {
            if (!response.statusCode().isError()) {
                return Mono.just(response);
            }
            return response.bodyToMono(String.class)
                    .defaultIfEmpty("")
                    .flatMap(body -> Mono.<ClientResponse>error(
                            new DashboardApiException(response.statusCode().value(), body)));
        });
    }
}
