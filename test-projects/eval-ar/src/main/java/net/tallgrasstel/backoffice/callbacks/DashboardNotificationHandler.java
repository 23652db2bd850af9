package net.tallgrasstel.backoffice.callbacks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles order notifications from the Dashboard webhook: activates billing for the numbers of
 * completed orders and routes them to a PSAP region.
 */
public class DashboardNotificationHandler {

    private static final Logger log = LoggerFactory.getLogger(DashboardNotificationHandler.class);
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    private final XmlMapper xml = new XmlMapper();
    private final CustomerLineStore lines;
    private final PsapRouter psap;

    public interface PsapRouter {
        void assign(String npa, String customerId);
    }

    public DashboardNotificationHandler(CustomerLineStore lines, PsapRouter psap) {
        this.lines = lines;
        this.psap = psap;
    }

    public void handle(String body) throws IOException {
        NotificationXml n = xml.readValue(body, NotificationXml.class);
        if (!"COMPLETE".equals(n.getStatus())) {
            log.info("Order {} ({}) is {}", n.getOrderId(), n.getOrderType(), n.getStatus());
            return;
        }
        for (String tn : n.getCompletedTelephoneNumbers()) {
            if (!TEN_DIGITS.matcher(tn).matches()) {
                log.warn("Ignoring malformed number in notification {}", n.getOrderId());
                continue;
            }
            Optional<CustomerLineStore.CustomerLine> line = lines.findByNumber(tn);
            if (line.isEmpty()) {
                log.warn("Order {} completed a number billing does not know", n.getOrderId());
                continue;
            }
            lines.markActive(line.get().customerId(), tn);
            String npa = tn.substring(0, 3);
            psap.assign(npa, line.get().customerId());
        }
    }

    /** Body of the order/port-in notifications the Dashboard posts to our webhook. */
    @JacksonXmlRootElement(localName = "Notification")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class NotificationXml {

        @JacksonXmlProperty(localName = "SubscriptionId")
        private String subscriptionId;

        @JacksonXmlProperty(localName = "OrderType")
        private String orderType;

        @JacksonXmlProperty(localName = "OrderId")
        private String orderId;

        @JacksonXmlProperty(localName = "CustomerOrderId")
        private String customerOrderId;

        @JacksonXmlProperty(localName = "Status")
        private String status;

        @JacksonXmlProperty(localName = "Message")
        private String message;

        @JacksonXmlElementWrapper(localName = "CompletedTelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber")
        private List<String> completedTelephoneNumbers = new ArrayList<>();

        @JacksonXmlProperty(localName = "LastModifiedDate")
        private String lastModifiedDate;

        @JacksonXmlProperty(localName = "ActualFocDate")
        private String actualFocDate;

        public String getSubscriptionId() {
            return subscriptionId;
        }

        public String getOrderType() {
            return orderType;
        }

        public String getOrderId() {
            return orderId;
        }

        public String getCustomerOrderId() {
            return customerOrderId;
        }

        public String getStatus() {
            return status;
        }

        public String getMessage() {
            return message;
        }

        public List<String> getCompletedTelephoneNumbers() {
            return completedTelephoneNumbers;
        }

        public String getLastModifiedDate() {
            return lastModifiedDate;
        }

        public String getActualFocDate() {
            return actualFocDate;
        }
    }
}
