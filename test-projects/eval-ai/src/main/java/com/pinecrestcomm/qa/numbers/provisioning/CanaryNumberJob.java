package com.pinecrestcomm.qa.numbers.provisioning;

import com.pinecrestcomm.qa.numbers.client.DashboardPaths;
import com.pinecrestcomm.qa.numbers.config.IrisProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Nightly: re-applies the canary number's location settings from
 * {@code templates/sippeer-tn-messaging.xml}, so a manual change in the portal does not break
 * the SMS canary.
 */
public class CanaryNumberJob {

    static final String CANARY_TN = "9195550112";
    private static final String TEMPLATE = "templates/sippeer-tn-messaging.xml";

    private final RestClient dashboard;
    private final IrisProperties props;

    public CanaryNumberJob(RestClient dashboard, IrisProperties props) {
        this.dashboard = dashboard;
        this.props = props;
    }

    public void run() {
        dashboard.put()
                .uri(DashboardPaths.SIPPEER_TN, props.accountId(), props.siteId(), props.sipPeerId(), CANARY_TN)
                .contentType(MediaType.APPLICATION_XML)
                .body(template())
                .retrieve()
                .toBodilessEntity();
    }

    /** Turns SMS off on the canary while the messaging vendor is in a maintenance window. */
    public void pauseSms() {
        String body = new StringBuilder("<SipPeerTelephoneNumber>")
                .append("<FullNumber>").append(CANARY_TN).append("</FullNumber>")
                .append("<SmsSettings><Sms>off</Sms></SmsSettings>")
                .append("</SipPeerTelephoneNumber>")
                .toString();
        dashboard.put()
                .uri(DashboardPaths.SIPPEER_TN, props.accountId(), props.siteId(), props.sipPeerId(), CANARY_TN)
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    static String template() {
        try {
            return new ClassPathResource(TEMPLATE).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
