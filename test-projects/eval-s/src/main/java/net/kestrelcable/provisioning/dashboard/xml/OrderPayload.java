package net.kestrelcable.provisioning.dashboard.xml;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * {@code <Order>} body for {@code POST /accounts/{accountId}/orders}.
 */
@JacksonXmlRootElement(localName = "Order")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderPayload(
        @JacksonXmlProperty(localName = "id") String id,
        @JacksonXmlProperty(localName = "CustomerOrderId") String customerOrderId,
        @JacksonXmlProperty(localName = "Name") String name,
        @JacksonXmlProperty(localName = "SiteId") String siteId,
        @JacksonXmlProperty(localName = "PeerId") String peerId,
        @JacksonXmlProperty(localName = "PartialAllowed") Boolean partialAllowed,
        @JacksonXmlProperty(localName = "ExistingTelephoneNumberOrderType") ExistingNumbers existingNumbers) {

    public record ExistingNumbers(
            @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
            @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String customerOrderId;
        private String name;
        private String siteId;
        private String peerId;
        private boolean partialAllowed;
        private final List<String> numbers = new ArrayList<>();

        public Builder customerOrderId(String customerOrderId) {
            this.customerOrderId = customerOrderId;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder siteId(String siteId) {
            this.siteId = siteId;
            return this;
        }

        public Builder peerId(String peerId) {
            this.peerId = peerId;
            return this;
        }

        public Builder partialAllowed(boolean partialAllowed) {
            this.partialAllowed = partialAllowed;
            return this;
        }

        public Builder telephoneNumber(String tn) {
            numbers.add(tn);
            return this;
        }

        public Builder telephoneNumbers(List<String> tns) {
            numbers.addAll(tns);
            return this;
        }

        public OrderPayload build() {
            return new OrderPayload(null, customerOrderId, name, siteId, peerId, partialAllowed,
                    new ExistingNumbers(List.copyOf(numbers)));
        }
    }
}
