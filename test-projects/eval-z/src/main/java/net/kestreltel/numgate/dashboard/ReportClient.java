package net.kestreltel.numgate.dashboard;

import java.time.Duration;
import net.kestreltel.numgate.config.DashboardClientConfig;
import net.kestreltel.numgate.config.DashboardProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Dashboard reports: create an instance, wait until it is ready, download the file. */
@Component
public class ReportClient {

    private final WebClient dashboard;
    private final WebClient downloads;
    private final DashboardProperties props;

    public ReportClient(@Qualifier(DashboardClientConfig.DASHBOARD) WebClient dashboard,
                        WebClient.Builder builder,
                        DashboardProperties props,
                        @Value("${kestrel.reports.download-base:https://dashboard.bandwidth.com/api/v1}") String downloadBase) {
        this.dashboard = dashboard;
        this.props = props;
        // report files are large; they get their own client without the XML defaults
        this.downloads = builder.clone()
                .baseUrl(downloadBase)
                .defaultHeaders(h -> h.setBasicAuth(props.username(), props.password()))
                .codecs(c -> c.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
                .build();
    }

    /** Creates a report instance and answers its id. */
    public Mono<String> createInstance(String reportId, String instanceXml) {
        return dashboard.post()
                .uri(DashboardPaths.REPORT_INSTANCES, props.accountId(), reportId)
                .bodyValue(instanceXml)
                .retrieve()
                .toBodilessEntity()
                .map(r -> {
                    String location = r.getHeaders().getFirst(HttpHeaders.LOCATION);
                    return location.substring(location.lastIndexOf('/') + 1);
                });
    }

    public Mono<String> awaitReady(String reportId, String instanceId, Duration every, int times) {
        return dashboard.get()
                .uri(DashboardPaths.REPORT_INSTANCE, props.accountId(), reportId, instanceId)
                .retrieve()
                .bodyToMono(String.class)
                .filter(body -> body.contains("<Status>Ready</Status>"))
                .repeatWhenEmpty(times, flux -> flux.delayElements(every))
                .retryWhen(Retry.fixedDelay(3, every));
    }

    public Mono<String> downloadCsv(String reportId, String instanceId) {
        return downloads.get()
                .uri("/accounts/{accountId}/reports/{reportId}/instances/{instanceId}/file",
                        props.accountId(), reportId, instanceId)
                .accept(MediaType.parseMediaType("text/csv"), MediaType.APPLICATION_OCTET_STREAM)
                .retrieve()
                .bodyToMono(String.class);
    }
}
