package net.harborlinecarrier.tnvault.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** POST /accounts/{id}/orders body. */
@JacksonXmlRootElement(localName = "Order")
@JsonInclude(JsonInclude.Include.NON_NULL)
public class OrderXml {

    @JacksonXmlProperty(localName = "CustomerOrderId")
    public String customerOrderId;

    @JacksonXmlProperty(localName = "SiteId")
    public String siteId;

    @JacksonXmlProperty(localName = "PeerId")
    public String peerId;

    @JacksonXmlProperty(localName = "PartialAllowed")
    public Boolean partialAllowed;

    @JacksonXmlProperty(localName = "ExistingTelephoneNumberOrderType")
    public ExistingTelephoneNumbers existing;

    @JacksonXmlProperty(localName = "AreaCodeSearchAndOrderType")
    public AreaCodeSearch areaCodeSearch;

    public static Builder builder() {
        return new Builder();
    }

    public static class ExistingTelephoneNumbers {
        @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
        @JacksonXmlProperty(localName = "TelephoneNumber")
        public List<String> telephoneNumbers = new ArrayList<>();
    }

    public static class AreaCodeSearch {
        @JacksonXmlProperty(localName = "AreaCode")
        public String areaCode;

        @JacksonXmlProperty(localName = "Quantity")
        public int quantity;
    }

    public static final class Builder {
        private final OrderXml order = new OrderXml();

        public Builder customerOrderId(String id) {
            order.customerOrderId = id;
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

        public Builder existingNumbers(List<String> tns) {
            ExistingTelephoneNumbers existing = new ExistingTelephoneNumbers();
            existing.telephoneNumbers.addAll(tns);
            order.existing = existing;
            return this;
        }

        public Builder byAreaCode(String areaCode, int quantity) {
            AreaCodeSearch search = new AreaCodeSearch();
            search.areaCode = areaCode;
            search.quantity = quantity;
            order.areaCodeSearch = search;
            return this;
        }

        public OrderXml build() {
            return order;
        }
    }
}
