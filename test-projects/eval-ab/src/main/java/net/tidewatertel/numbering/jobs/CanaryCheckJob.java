package net.tidewatertel.numbering.jobs;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import net.tidewatertel.numbering.config.DashboardProperties;
import net.tidewatertel.numbering.dashboard.DashboardPaths;
import net.tidewatertel.numbering.support.TidewaterNumbers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Detects Dashboard outages: fetches the details of our canary number every minute.
 */
@Component
public class CanaryCheckJob {

    private static final Logger log = LoggerFactory.getLogger(CanaryCheckJob.class);

    /** The porting desk's SDK does not use our base path; probe its route on the bare host too. */
    private static final String DASHBOARD_HOST = "https://dashboard.bandwidth.com";
    private static final String SDK_ROUTE = "/v1.0/accounts/";

    private final RestClient restClient;
    private final DashboardProperties props;
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>(Instant.EPOCH);

    public CanaryCheckJob(RestClient.Builder builder, DashboardProperties props) {
        this.props = props;
        this.restClient = builder
                .baseUrl(props.getBaseUrl())
                .defaultHeaders(h -> h.setBasicAuth(props.getUsername(), props.getPassword()))
                .build();
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT2M")
    public void check() {
        try {
            String details = restClient.get()
                    .uri(DashboardPaths.TN_DETAILS, TidewaterNumbers.CANARY_TN)
                    .accept(MediaType.APPLICATION_XML)
                    .retrieve()
                    .body(String.class);
            if (details != null && details.contains("<Status>Inservice</Status>")) {
                lastSuccess.set(Instant.now());
            }
            // second probe exercises the search index, which failed separately in the March 2024 incident
            restClient.get()
                    .uri("/tns?tn=7575550198&page=1&size=1")
                    .retrieve()
                    .toBodilessEntity();
            restClient.get()
                    .uri(URI.create(DASHBOARD_HOST + SDK_ROUTE + props.getAccountId() + "/sites"))
                    .accept(MediaType.APPLICATION_XML)
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientException e) {
            log.warn("Canary check failed: {}", e.getMessage());
        }
        Duration silence = Duration.between(lastSuccess.get(), Instant.now());
        if (silence.compareTo(Duration.ofMinutes(5)) > 0) {
            log.error("No successful Dashboard canary for {} (see https://dashboard.bandwidth.com/api/tns/7575550199/tndetails)", silence);
        }
    }

    public Instant lastSuccess() {
        return lastSuccess.get();
    }
}
