package net.cobaltline.numbers.handler;

import java.util.List;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cobaltline.numbers.config.DashboardSettings;
import net.cobaltline.numbers.dashboard.HostedMessagingApi;
import net.cobaltline.numbers.dashboard.xml.ExternalTnsOrderXml;
import net.cobaltline.numbers.util.Tn;

/**
 * Hosted-messaging requests from the sales portal (SQS). Wholesale customers on the old
 * contract still get the external-TN flow.
 */
public class HostedMessagingHandler implements RequestHandler<SQSEvent, Void> {

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingHandler.class);

    record Request(String action, String customerOrderId, List<String> telephoneNumbers,
                   String loaPerson, boolean wholesale) {
    }

    private final HostedMessagingApi api;
    private final DashboardSettings settings;

    public HostedMessagingHandler() {
        this(new HostedMessagingApi(Services.dashboard(), Services.config().dashboard.paths), Services.settings());
    }

    HostedMessagingHandler(HostedMessagingApi api, DashboardSettings settings) {
        this.api = api;
        this.settings = settings;
    }

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        for (SQSEvent.SQSMessage m : event.getRecords()) {
            try {
                handle(Responses.JSON.readValue(m.getBody(), Request.class));
            } catch (Exception e) {
                throw new IllegalStateException("hosted messaging request " + m.getMessageId() + " failed", e);
            }
        }
        return null;
    }

    void handle(Request r) {
        List<String> tns = r.telephoneNumbers().stream().map(Tn::national).toList();
        List<String> invalid = tns.stream().filter(tn -> tn.length() != 10).toList();
        if (!invalid.isEmpty()) {
            log.error("Rejecting {}: not US numbers {}", r.customerOrderId(), invalid);
            return;
        }
        switch (r.action()) {
            case "IMPORT" -> {
                if (r.wholesale()) {
                    api.externalTns(settings.siteId(), settings.sipPeerId(), ExternalTnsOrderXml.Action.IMPORT, tns);
                } else {
                    String check = api.checkImportable(tns);
                    if (check.contains("<ImportTnError>")) {
                        log.warn("Import check for {} reported errors: {}", r.customerOrderId(), check);
                    }
                    api.importNumbers(r.customerOrderId(), settings.siteId(), settings.sipPeerId(), tns, r.loaPerson());
                }
            }
            case "REMOVE" -> {
                if (r.wholesale()) {
                    api.externalTns(settings.siteId(), settings.sipPeerId(), ExternalTnsOrderXml.Action.REMOVE, tns);
                } else {
                    api.removeNumbers(r.customerOrderId(), tns);
                }
            }
            default -> log.warn("Unknown hosted messaging action {}", r.action());
        }
    }
}
