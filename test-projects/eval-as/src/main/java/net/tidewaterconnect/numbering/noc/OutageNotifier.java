package net.tidewaterconnect.numbering.noc;

import java.util.List;
import java.util.Map;

import net.tidewaterconnect.numbering.config.MessagingProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Pages the on-call engineer by SMS (Bandwidth messaging API) and opens an IRIS incident. */
@Component
public class OutageNotifier {

    private final RestClient messaging;
    private final MessagingProperties messagingProps;
    private final IrisClient iris;
    private final List<String> onCall;

    public OutageNotifier(@Qualifier("messaging") RestClient messaging, MessagingProperties messagingProps,
            @Value("${tidewater.noc.iris-queue}") String irisQueue,
            @Value("${tidewater.noc.iris-user}") String irisUser,
            @Value("${tidewater.noc.iris-password}") String irisPassword,
            @Value("${tidewater.noc.on-call}") List<String> onCall) {
        this.messaging = messaging;
        this.messagingProps = messagingProps;
        this.iris = new IrisClient(irisQueue, irisUser, irisPassword);
        this.onCall = onCall;
    }

    public void dashboardUnreachable(String detail) {
        iris.openIncident("Bandwidth Dashboard unreachable", "SEV2", detail);
        messaging.post()
                .uri("/users/{accountId}/messages", messagingProps.accountId())
                .body(Map.of(
                        "applicationId", messagingProps.applicationId(),
                        "from", messagingProps.fromNumber(),
                        "to", onCall,
                        "text", "Dashboard API unreachable: " + detail))
                .retrieve()
                .toBodilessEntity();
    }

    /** Fallback when the on-call list is empty: page the duty manager's desk phone. */
    public void pageDutyManager(String detail) {
        messaging.post()
                .uri("/users/{accountId}/messages", messagingProps.accountId())
                .body(Map.of(
                        "applicationId", messagingProps.applicationId(),
                        "from", messagingProps.fromNumber(),
                        "to", List.of("7575550188"),
                        "text", detail))
                .retrieve()
                .toBodilessEntity();
    }
}
