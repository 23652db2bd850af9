package net.tidewaterconnect.numbering.dashboard;

import java.util.List;

import net.tidewaterconnect.numbering.config.DashboardProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Turns SMS off on numbers of customers who cancelled their messaging add-on. */
@Component
public class SmsOffboardingJob {

    private static final Logger log = LoggerFactory.getLogger(SmsOffboardingJob.class);

    private final RestClient dashboard;
    private final DashboardProperties props;

    public SmsOffboardingJob(@Qualifier("dashboard") RestClient dashboard, DashboardProperties props) {
        this.dashboard = dashboard;
        this.props = props;
    }

    public void disableSms(List<String> telephoneNumbers) {
        for (String tn : telephoneNumbers) {
            String url = String.format("%s/accounts/%s/sites/%s/sippeers/%s/tns/%s", props.baseUrl(),
                    props.accountId(), props.defaultSiteId(), props.defaultSipPeerId(), tn);
            String body = "<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber>"
                    + "<SmsSettings><SmsEnabled>false</SmsEnabled></SmsSettings></SipPeerTelephoneNumber>";
            dashboard.put().uri(java.net.URI.create(url))
                    .contentType(MediaType.APPLICATION_XML)
                    .body(body)
                    .retrieve()
                    .toBodilessEntity();
            log.info("SMS disabled on {}", tn);
        }
    }
}
