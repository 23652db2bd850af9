package com.lumenline.provisioning.dashboard;

import com.lumenline.provisioning.config.DashboardProperties;
import com.lumenline.provisioning.constants.IrisConstants;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

/**
 * Every five minutes, looks up our canary number on the Dashboard. The canary is a number we
 * own and never release; if the look-up fails the NOC gets paged.
 */
@Component
public class DashboardHealthProbe {

    private static final Logger log = LoggerFactory.getLogger(DashboardHealthProbe.class);

    /** Lumenline's canary number (main line of the Raleigh office). */
    static final String CANARY_TN = "9195550142";

    private final RestTemplate restTemplate;
    private final DashboardProperties props;
    private volatile boolean healthy = true;

    public DashboardHealthProbe(@Qualifier("plainRestTemplate") RestTemplate restTemplate, DashboardProperties props) {
        this.restTemplate = restTemplate;
        this.props = props;
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    public void probe() {
        String url = new StringBuilder(IrisConstants.DASHBOARD_HOST)
                .append("/api/accounts/")
                .append(props.accountId())
                .append("/tns/")
                .append(CANARY_TN)
                .toString();
        try {
            restTemplate.getForObject(url, String.class);
            healthy = true;
        } catch (RestClientException e) {
            healthy = false;
            log.error("Dashboard probe failed for https://dashboard.bandwidth.com/api/accounts/{}/tns/{}",
                    props.accountId(), CANARY_TN, e);
        }
    }

    public boolean isHealthy() {
        return healthy;
    }
}
