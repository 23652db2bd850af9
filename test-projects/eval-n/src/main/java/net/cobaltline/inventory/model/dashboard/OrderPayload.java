package net.cobaltline.inventory.model.dashboard;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

@XmlRootElement(name = "Order")
@XmlAccessorType(XmlAccessType.FIELD)
public class OrderPayload {

    @XmlElement(name = "CustomerOrderId")
    private String customerOrderId;

    @XmlElement(name = "Name")
    private String name;

    @XmlElement(name = "SiteId")
    private String siteId;

    @XmlElement(name = "PeerId")
    private String peerId;

    @XmlElement(name = "PartialAllowed")
    private boolean partialAllowed;

    @XmlElement(name = "ExistingTelephoneNumberOrderType")
    private ExistingNumbersPayload existingNumbers;

    @XmlElement(name = "AreaCodeSearchAndOrderType")
    private AreaCodeSearchPayload areaCodeSearch;

    public static Builder builder() {
        return new Builder();
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public String getName() {
        return name;
    }

    public String getSiteId() {
        return siteId;
    }

    public String getPeerId() {
        return peerId;
    }

    public boolean isPartialAllowed() {
        return partialAllowed;
    }

    public ExistingNumbersPayload getExistingNumbers() {
        return existingNumbers;
    }

    public AreaCodeSearchPayload getAreaCodeSearch() {
        return areaCodeSearch;
    }

    public static final class Builder {
        private final OrderPayload order = new OrderPayload();
        private final List<String> numbers = new ArrayList<>();

        public Builder customerOrderId(String id) {
            order.customerOrderId = id;
            return this;
        }

        public Builder name(String name) {
            order.name = name;
            return this;
        }

        public Builder site(String siteId, String peerId) {
            order.siteId = siteId;
            order.peerId = peerId;
            return this;
        }

        public Builder partialAllowed(boolean partial) {
            order.partialAllowed = partial;
            return this;
        }

        public Builder telephoneNumber(String tn) {
            numbers.add(tn);
            return this;
        }

        public Builder telephoneNumbers(Collection<String> tns) {
            numbers.addAll(tns);
            return this;
        }

        public Builder areaCodeSearch(AreaCodeSearchPayload search) {
            order.areaCodeSearch = search;
            return this;
        }

        public OrderPayload build() {
            if (!numbers.isEmpty()) {
                order.existingNumbers = new ExistingNumbersPayload(numbers);
            }
            return order;
        }
    }
}
