package com.lumenwave.provisioning.iris;

import com.lumenwave.provisioning.config.IrisProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Per-number settings on our default SIP peer (location).
 */
@Component
public class SipPeerTnClient {

    private final WebClient irisWebClient;
    private final IrisProperties props;

    public SipPeerTnClient(@Qualifier("irisWebClient") WebClient irisWebClient, IrisProperties props) {
        this.irisWebClient = irisWebClient;
        this.props = props;
    }

    /** Turns SMS on or off for a number that lives on our default location. */
    public Mono<Void> setSmsEnabled(String tn, boolean enabled) {
        String body = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <MessagingSettings>
                    <SmsEnabled>%s</SmsEnabled>
                  </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn, enabled);
        return irisWebClient.put()
                .uri(IrisPaths.SIPPEER_TN, props.accountId(), props.siteId(), props.sipPeerId(), tn)
                .contentType(MediaType.APPLICATION_XML)
                .bodyValue(body)
                .retrieve()
                .bodyToMono(Void.class);
    }

    /** Points a number's call-forward at the customer's PBX fallback. */
    public Mono<Void> setCallForward(String tn, String forwardTo) {
        String body = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <CallForward>%s</CallForward>
                  <RPIDFormat>e164</RPIDFormat>
                </SipPeerTelephoneNumber>
                """.formatted(tn, forwardTo);
        return irisWebClient.put()
                .uri(IrisPaths.SIPPEER_TN, props.accountId(), props.siteId(), props.sipPeerId(), tn)
                .contentType(MediaType.APPLICATION_XML)
                .bodyValue(body)
                .retrieve()
                .bodyToMono(Void.class);
    }
}
