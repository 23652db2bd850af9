package net.kestrelvoice.numbering.dashboard.model;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;
import javax.xml.bind.annotation.XmlType;

/** {@code <Order>} body of POST /accounts/{id}/orders. */
@XmlRootElement(name = "Order")
@XmlType(propOrder = {"customerOrderId", "name", "siteId", "peerId", "partialAllowed",
        "existingTelephoneNumberOrderType", "areaCodeSearchAndOrderType"})
public class NumberOrder {

    @XmlElement(name = "CustomerOrderId")
    private String customerOrderId;

    @XmlElement(name = "Name")
    private String name;

    @XmlElement(name = "SiteId")
    private String siteId;

    @XmlElement(name = "PeerId")
    private String peerId;

    @XmlElement(name = "PartialAllowed")
    private Boolean partialAllowed;

    @XmlElement(name = "ExistingTelephoneNumberOrderType")
    private ExistingNumbers existingTelephoneNumberOrderType;

    @XmlElement(name = "AreaCodeSearchAndOrderType")
    private AreaCodeSearch areaCodeSearchAndOrderType;

    public static Builder builder() {
        return new Builder();
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public String getSiteId() {
        return siteId;
    }

    public ExistingNumbers getExistingTelephoneNumberOrderType() {
        return existingTelephoneNumberOrderType;
    }

    public AreaCodeSearch getAreaCodeSearchAndOrderType() {
        return areaCodeSearchAndOrderType;
    }

    /** {@code <ExistingTelephoneNumberOrderType>}. */
    public static class ExistingNumbers {
        @XmlElementWrapper(name = "TelephoneNumberList")
        @XmlElement(name = "TelephoneNumber")
        private List<String> telephoneNumbers = new ArrayList<>();

        public List<String> getTelephoneNumbers() {
            return telephoneNumbers;
        }
    }

    /** {@code <AreaCodeSearchAndOrderType>}. */
    public static class AreaCodeSearch {
        @XmlElement(name = "AreaCode")
        private String areaCode;

        @XmlElement(name = "Quantity")
        private int quantity;

        public String getAreaCode() {
            return areaCode;
        }

        public int getQuantity() {
            return quantity;
        }
    }

    public static final class Builder {
        private final NumberOrder order = new NumberOrder();

        public Builder customerOrderId(String id) {
            order.customerOrderId = id;
            return this;
        }

        public Builder name(String name) {
            order.name = name;
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

        public Builder partialAllowed(boolean partial) {
            order.partialAllowed = partial;
            return this;
        }

        public Builder telephoneNumber(String tn) {
            if (order.existingTelephoneNumberOrderType == null) {
                order.existingTelephoneNumberOrderType = new ExistingNumbers();
            }
            order.existingTelephoneNumberOrderType.telephoneNumbers.add(tn);
            return this;
        }

        public Builder telephoneNumbers(List<String> tns) {
            tns.forEach(this::telephoneNumber);
            return this;
        }

        public Builder areaCode(String areaCode, int quantity) {
            AreaCodeSearch search = new AreaCodeSearch();
            search.areaCode = areaCode;
            search.quantity = quantity;
            order.areaCodeSearchAndOrderType = search;
            return this;
        }

        public NumberOrder build() {
            return order;
        }
    }
}
