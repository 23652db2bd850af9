package com.lumenline.provisioning.dashboard;

import java.util.Map;

import com.lumenline.provisioning.config.DashboardProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

/**
 * Morning check that the LNP checker answers, so porting desk staff hear about an outage from us
 * rather than from a customer.
 */
@Component
public class PortabilityProbe {

    private static final Logger log = LoggerFactory.getLogger(PortabilityProbe.class);

    private final RestTemplate restTemplate;
    private final DashboardProperties props;
    private final XmlTemplateLoader templates;

    public PortabilityProbe(@Qualifier("dashboardRestTemplate") RestTemplate restTemplate,
                            DashboardProperties props, XmlTemplateLoader templates) {
        this.restTemplate = restTemplate;
        this.props = props;
        this.templates = templates;
    }

    @Scheduled(cron = "0 15 7 * * MON-FRI", zone = "America/New_York")
    public void probe() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        String body = templates.render("lnp-portability-probe.xml", Map.of());
        try {
            restTemplate.postForObject("/accounts/{accountId}/lnpchecker?fullCheck={fullCheck}",
                    new HttpEntity<>(body, headers), String.class, props.accountId(), true);
        } catch (RestClientException e) {
            log.error("LNP checker probe failed", e);
        }
    }
}
