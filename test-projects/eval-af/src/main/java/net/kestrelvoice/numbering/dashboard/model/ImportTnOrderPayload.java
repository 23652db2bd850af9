package net.kestrelvoice.numbering.dashboard.model;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;

/** {@code <ImportTnOrder>}: bring hosted-messaging numbers onto our SIP peer. */
@XmlRootElement(name = "ImportTnOrder")
public class ImportTnOrderPayload {

    @XmlElement(name = "OrderId")
    private String orderId;

    @XmlElement(name = "CustomerOrderId")
    private String customerOrderId;

    @XmlElement(name = "SiteId")
    private String siteId;

    @XmlElement(name = "SipPeerId")
    private String sipPeerId;

    @XmlElement(name = "Subscriber")
    private SubscriberName subscriber;

    @XmlElement(name = "LoaAuthorizingPerson")
    private String loaAuthorizingPerson;

    @XmlElement(name = "LoaType")
    private String loaType;

    @XmlElementWrapper(name = "TelephoneNumbers")
    @XmlElement(name = "TelephoneNumber")
    private List<String> telephoneNumbers = new ArrayList<>();

    @XmlElement(name = "ProcessingStatus")
    private String processingStatus;

    public ImportTnOrderPayload() {
    }

    public ImportTnOrderPayload(String customerOrderId, String siteId, String sipPeerId) {
        this.customerOrderId = customerOrderId;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    public ImportTnOrderPayload subscriber(String businessName) {
        SubscriberName s = new SubscriberName();
        s.businessName = businessName;
        this.subscriber = s;
        return this;
    }

    public ImportTnOrderPayload loa(String person, String type) {
        this.loaAuthorizingPerson = person;
        this.loaType = type;
        return this;
    }

    public ImportTnOrderPayload addTelephoneNumber(String tn) {
        telephoneNumbers.add(tn);
        return this;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public List<String> getTelephoneNumbers() {
        return telephoneNumbers;
    }

    public String getProcessingStatus() {
        return processingStatus;
    }

    public static class SubscriberName {
        @XmlElement(name = "BusinessName")
        private String businessName;

        public String getBusinessName() {
            return businessName;
        }
    }
}
