package net.kestreltel.numgate.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import net.kestreltel.numgate.config.DashboardClientConfig;
import net.kestreltel.numgate.config.DashboardProperties;
import net.kestreltel.numgate.dashboard.xml.SipPeerTnSettings;
import net.kestreltel.numgate.dashboard.xml.SipPeerTnSettings.MessagingSettings;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** Per-number settings on our SIP peer (location). */
@Component
public class SipPeerTnClient {

    private static final String CALL_FORWARD_TEMPLATE = """
            <SipPeerTelephoneNumber>
                <FullNumber>%s</FullNumber>
                <CallForward>%s</CallForward>
            </SipPeerTelephoneNumber>
            """;

    private final WebClient dashboard;
    private final DashboardProperties props;
    private final DashboardXmlCodec xml;
    private final String bulkMessagingTemplate;

    public SipPeerTnClient(@Qualifier(DashboardClientConfig.DASHBOARD) WebClient dashboard,
                           DashboardProperties props, DashboardXmlCodec xml) {
        this.dashboard = dashboard;
        this.props = props;
        this.xml = xml;
        this.bulkMessagingTemplate = load("templates/sippeer-tn-messaging.xml");
    }

    public Mono<Void> updateCallForward(String tn, String forwardTo) {
        return dashboard.put()
                .uri(DashboardPaths.SIPPEER_TN, props.accountId(), props.siteId(), props.sipPeerId(), tn)
                .bodyValue(CALL_FORWARD_TEMPLATE.formatted(tn, forwardTo))
                .retrieve()
                .bodyToMono(Void.class);
    }

    /** Turns SMS on or off for one number of the location. */
    public Mono<Void> setMessaging(String tn, boolean enabled) {
        SipPeerTnSettings body = SipPeerTnSettings.builder()
                .fullNumber(tn)
                .messaging(new MessagingSettings(enabled))
                .build();
        return dashboard.put()
                .uri(DashboardPaths.SIPPEER_TN, props.accountId(), props.siteId(), props.sipPeerId(), tn)
                .bodyValue(xml.write(body))
                .retrieve()
                .bodyToMono(Void.class);
    }

    /** Same as {@link #setMessaging} for the nightly bulk job; keeps the RPID format we set at order time. */
    public Mono<Void> setMessagingKeepRpid(String tn, boolean enabled, String rpidFormat) {
        String body = bulkMessagingTemplate
                .replace("${tn}", tn)
                .replace("${rpid}", rpidFormat)
                .replace("${sms}", Boolean.toString(enabled));
        return dashboard.put()
                .uri(DashboardPaths.SIPPEER_TN, props.accountId(), props.siteId(), props.sipPeerId(), tn)
                .bodyValue(body)
                .retrieve()
                .bodyToMono(Void.class);
    }

    public Mono<Void> setRpidFormat(String tn, String rpidFormat) {
        SipPeerTnSettings body = SipPeerTnSettings.builder()
                .fullNumber(tn)
                .rpidFormat(rpidFormat)
                .build();
        return dashboard.put()
                .uri(DashboardPaths.SIPPEER_TN, props.accountId(), props.siteId(), props.sipPeerId(), tn)
                .bodyValue(xml.write(body))
                .retrieve()
                .bodyToMono(Void.class);
    }

    private static String load(String resource) {
        try {
            return StreamUtils.copyToString(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
