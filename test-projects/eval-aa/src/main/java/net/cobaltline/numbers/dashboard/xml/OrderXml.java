package net.cobaltline.numbers.dashboard.xml;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** {@code <Order>} as POSTed to the orders endpoint and echoed back in the order response. */
@JacksonXmlRootElement(localName = "Order")
@JsonIgnoreProperties(ignoreUnknown = true)
public class OrderXml {

    @JacksonXmlProperty(localName = "id")
    public String id;
    @JacksonXmlProperty(localName = "CustomerOrderId")
    public String customerOrderId;
    @JacksonXmlProperty(localName = "Name")
    public String name;
    @JacksonXmlProperty(localName = "SiteId")
    public String siteId;
    @JacksonXmlProperty(localName = "PeerId")
    public String peerId;
    @JacksonXmlProperty(localName = "PartialAllowed")
    public Boolean partialAllowed;
    @JacksonXmlProperty(localName = "BackOrderRequested")
    public Boolean backOrderRequested;
    @JacksonXmlProperty(localName = "ExistingTelephoneNumberOrderType")
    public ExistingNumbers existingNumbers;
    @JacksonXmlProperty(localName = "AreaCodeSearchAndOrderType")
    public AreaCodeSearch areaCodeSearch;

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class ExistingNumbers {
        @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
        @JacksonXmlProperty(localName = "TelephoneNumber")
        public List<String> telephoneNumbers = new ArrayList<>();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class AreaCodeSearch {
        @JacksonXmlProperty(localName = "AreaCode")
        public String areaCode;
        @JacksonXmlProperty(localName = "Quantity")
        public int quantity;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final OrderXml order = new OrderXml();

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

        public Builder partialAllowed(boolean allowed) {
            order.partialAllowed = allowed;
            return this;
        }

        public Builder existingNumbers(List<String> tns) {
            ExistingNumbers e = new ExistingNumbers();
            e.telephoneNumbers = new ArrayList<>(tns);
            order.existingNumbers = e;
            return this;
        }

        public Builder areaCode(String areaCode, int quantity) {
            AreaCodeSearch s = new AreaCodeSearch();
            s.areaCode = areaCode;
            s.quantity = quantity;
            order.areaCodeSearch = s;
            return this;
        }

        public OrderXml build() {
            return order;
        }
    }
}
