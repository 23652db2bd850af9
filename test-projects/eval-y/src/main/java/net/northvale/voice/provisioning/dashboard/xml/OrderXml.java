package net.northvale.voice.provisioning.dashboard.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** New-number order for numbers picked from a search ("existing" numbers in Dashboard terms). */
@XmlRootElement(name = "Order")
@XmlAccessorType(XmlAccessType.FIELD)
public class OrderXml {

    @XmlElement(name = "id")
    private String id;
    @XmlElement(name = "Name")
    private String name;
    @XmlElement(name = "CustomerOrderId")
    private String customerOrderId;
    @XmlElement(name = "SiteId")
    private String siteId;
    @XmlElement(name = "PeerId")
    private String peerId;
    @XmlElement(name = "PartialAllowed")
    private boolean partialAllowed;
    @XmlElement(name = "ExistingTelephoneNumberOrderType")
    private Existing existing;

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Existing {
        @XmlElementWrapper(name = "TelephoneNumberList")
        @XmlElement(name = "TelephoneNumber")
        private List<String> telephoneNumbers = new ArrayList<>();

        public List<String> getTelephoneNumbers() {
            return telephoneNumbers;
        }
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public List<String> getTelephoneNumbers() {
        return existing == null ? List.of() : existing.getTelephoneNumbers();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final OrderXml order = new OrderXml();

        public Builder name(String name) {
            order.name = name;
            return this;
        }

        public Builder customerOrderId(String customerOrderId) {
            order.customerOrderId = customerOrderId;
            return this;
        }

        public Builder siteId(String siteId) {
            order.siteId = siteId;
            return this;
        }

        public Builder peerId(String peerId) {
            order.peerId = peerId;
            return this;
        }

        public Builder partialAllowed(boolean partialAllowed) {
            order.partialAllowed = partialAllowed;
            return this;
        }

        public Builder telephoneNumber(String tn) {
            if (order.existing == null) {
                order.existing = new Existing();
            }
            order.existing.telephoneNumbers.add(tn);
            return this;
        }

        public Builder telephoneNumbers(List<String> tns) {
            tns.forEach(this::telephoneNumber);
            return this;
        }

        public OrderXml build() {
            return order;
        }
    }
}
