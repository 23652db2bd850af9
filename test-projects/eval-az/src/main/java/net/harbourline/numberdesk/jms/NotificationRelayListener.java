package net.harbourline.numberdesk.jms;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.xml.bind.JAXB;
import net.harbourline.numberdesk.billing.BillingExportService;
import net.harbourline.numberdesk.domain.PhoneNumberRepository;
import net.harbourline.numberdesk.model.OrderNotification;

import java.io.StringReader;
import java.util.logging.Logger;

/** Processes disconnect notifications from the Dashboard off the HTTP thread. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/DashboardNotifications"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class NotificationRelayListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(NotificationRelayListener.class.getName());

    @Inject
    PhoneNumberRepository numbers;

    @Inject
    BillingExportService billing;

    @Override
    public void onMessage(Message message) {
        try {
            String xml = ((TextMessage) message).getText();
            OrderNotification notification = JAXB.unmarshal(new StringReader(xml), OrderNotification.class);
            for (String tn : notification.getCompletedTelephoneNumbers()) {
                numbers.markDisconnected(tn);
                billing.stopCharging(Long.parseLong(tn), notification.getOrderId());
            }
        } catch (JMSException e) {
            LOG.severe("Cannot read relayed notification: " + e.getMessage());
        }
    }
}
