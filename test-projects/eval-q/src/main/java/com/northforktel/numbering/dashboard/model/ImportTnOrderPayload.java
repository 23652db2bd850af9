package com.northforktel.numbering.dashboard.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Hosted-messaging import order ({@code <ImportTnOrder>}). */
@JacksonXmlRootElement(localName = "ImportTnOrder")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class ImportTnOrderPayload {

    @JacksonXmlProperty(localName = "CustomerOrderId")
    private String customerOrderId;

    @JacksonXmlProperty(localName = "SiteId")
    private String siteId;

    @JacksonXmlProperty(localName = "SipPeerId")
    private String sipPeerId;

    @JacksonXmlProperty(localName = "LoaAuthorizingPerson")
    private String loaAuthorizingPerson;

    @JacksonXmlProperty(localName = "LoaType")
    private String loaType;

    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    private List<String> telephoneNumbers = new ArrayList<>();

    private ImportTnOrderPayload() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public List<String> getTelephoneNumbers() {
        return telephoneNumbers;
    }

    public static final class Builder {

        private final ImportTnOrderPayload payload = new ImportTnOrderPayload();

        public Builder customerOrderId(String id) {
            payload.customerOrderId = id;
            return this;
        }

        public Builder siteId(String siteId) {
            payload.siteId = siteId;
            return this;
        }

        public Builder sipPeerId(String sipPeerId) {
            payload.sipPeerId = sipPeerId;
            return this;
        }

        public Builder loaAuthorizingPerson(String person) {
            payload.loaAuthorizingPerson = person;
            return this;
        }

        public Builder loaType(String loaType) {
            payload.loaType = loaType;
            return this;
        }

        public Builder telephoneNumber(String tn) {
            payload.telephoneNumbers.add(tn);
            return this;
        }

        public Builder telephoneNumbers(Collection<String> tns) {
            payload.telephoneNumbers.addAll(tns);
            return this;
        }

        public ImportTnOrderPayload build() {
            if (payload.telephoneNumbers.isEmpty()) {
                throw new IllegalStateException("an import order needs at least one number");
            }
            return payload;
        }
    }

    @JacksonXmlRootElement(localName = "ImportTnOrderResponse")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Response {

        @JacksonXmlProperty(localName = "ImportTnOrder")
        public Status importTnOrder;

        public String orderId() {
            return importTnOrder == null ? null : importTnOrder.orderId;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Status {

        @JacksonXmlProperty(localName = "OrderId")
        public String orderId;

        @JacksonXmlProperty(localName = "CustomerOrderId")
        public String customerOrderId;

        @JacksonXmlProperty(localName = "ProcessingStatus")
        public String processingStatus;

        @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
        @JacksonXmlProperty(localName = "TelephoneNumber")
        public List<String> telephoneNumbers = new ArrayList<>();
    }
}
