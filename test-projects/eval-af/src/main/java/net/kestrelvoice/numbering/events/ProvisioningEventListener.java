package net.kestrelvoice.numbering.events;

import java.util.Map;

import javax.jms.JMSException;
import javax.jms.Message;
import javax.jms.MessageListener;
import javax.jms.TextMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.core.JmsTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import net.kestrelvoice.numbering.config.DashboardSettings;
import net.kestrelvoice.numbering.dashboard.client.HostedMessagingClient;
import net.kestrelvoice.numbering.dashboard.model.ImportTnOrderPayload;
import net.kestrelvoice.numbering.hosted.ImportTnOrder;
import net.kestrelvoice.numbering.provisioning.E911ProvisioningService;
import net.kestrelvoice.numbering.provisioning.NumberOrderingService;
import net.kestrelvoice.numbering.provisioning.NumberReleaseService;
import net.kestrelvoice.numbering.provisioning.SmsEnablementService;

/**
 * Consumes {@link JmsDestinations#PROVISIONING_REQUESTS} (wired as a
 * DefaultMessageListenerContainer in applicationContext.xml) and dispatches to the services.
 */
public class ProvisioningEventListener implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(ProvisioningEventListener.class);

    private final ObjectMapper json = new ObjectMapper();
    private final NumberOrderingService ordering;
    private final HostedMessagingClient hostedMessaging;
    private final SmsEnablementService sms;
    private final E911ProvisioningService e911;
    private final NumberReleaseService release;
    private final DashboardSettings settings;
    private final JmsTemplate results;

    public ProvisioningEventListener(NumberOrderingService ordering, HostedMessagingClient hostedMessaging,
                                     SmsEnablementService sms, E911ProvisioningService e911,
                                     NumberReleaseService release, DashboardSettings settings, JmsTemplate results) {
        this.ordering = ordering;
        this.hostedMessaging = hostedMessaging;
        this.sms = sms;
        this.e911 = e911;
        this.release = release;
        this.settings = settings;
        this.results = results;
    }

    @Override
    public void onMessage(Message message) {
        try {
            String body = ((TextMessage) message).getText();
            ProvisioningEvent event = json.readValue(body, ProvisioningEvent.class);
            String outcome = dispatch(event);
            publish(event, "OK", outcome);
        } catch (JMSException | java.io.IOException e) {
            throw new IllegalStateException("unreadable provisioning event", e);
        } catch (RuntimeException e) {
            log.error("provisioning event failed", e);
            throw e;
        }
    }

    String dispatch(ProvisioningEvent event) {
        switch (event.type()) {
            case ORDER_SPECIFIC:
                return ordering.orderSpecific(event.customerId(), event.tns());
            case ORDER_AREA_CODE:
                return ordering.orderInAreaCode(event.customerId(), Integer.parseInt(event.areaCode()),
                        event.quantity()).getOrderStatus();
            case IMPORT_HOSTED:
                return importHosted(event);
            case REMOVE_HOSTED:
                return hostedMessaging.removeNumbers(event.ticketId(), event.tns());
            case ENABLE_SMS:
                sms.enable(event.tns(), event.ticketId());
                return "sms-on";
            case DISABLE_SMS:
                sms.disable(event.tns(), event.ticketId());
                return "sms-off";
            case E911:
                return e911.provision(event.customerId(), event.ticketId());
            case RELEASE:
                release.release(event.ticketId(), event.tns());
                return "released";
            default:
                throw new IllegalArgumentException("unknown event " + event.type());
        }
    }

    private String importHosted(ProvisioningEvent event) {
        ImportTnOrder record = ImportTnOrder.create(event.customerId(), event.tns());
        ImportTnOrderPayload payload = new ImportTnOrderPayload(record.id(), settings.getSiteId(), settings.getSipPeerId())
                .subscriber(event.customerId())
                .loa(event.customerId(), "CARRIER");
        event.tns().forEach(payload::addTelephoneNumber);
        String carrierOrderId = hostedMessaging.importNumbers(payload);
        record.linkCarrierOrder(carrierOrderId);
        return carrierOrderId;
    }

    private void publish(ProvisioningEvent event, String status, String detail) {
        results.convertAndSend(JmsDestinations.PROVISIONING_RESULTS, Map.of(
                "ticketId", String.valueOf(event.ticketId()),
                "status", status,
                "detail", String.valueOf(detail)));
    }
}
