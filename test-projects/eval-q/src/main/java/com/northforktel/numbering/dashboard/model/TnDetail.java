package com.northforktel.numbering.dashboard.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** {@code GET /tns/{tn}/tndetails}, flattened. */
@JacksonXmlRootElement(localName = "TelephoneNumberResponse")
@JsonIgnoreProperties(ignoreUnknown = true)
public class TnDetail {

    @JacksonXmlProperty(localName = "TelephoneNumberDetails")
    private Details details;

    public long getFullNumber() {
        return details == null ? 0L : details.fullNumber;
    }

    public String getRateCenter() {
        return details == null ? null : details.rateCenter;
    }

    public String getState() {
        return details == null ? null : details.state;
    }

    public String getStatus() {
        return details == null ? null : details.status;
    }

    public String getVendorName() {
        return details == null ? null : details.vendorName;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Details {

        @JacksonXmlProperty(localName = "FullNumber")
        public long fullNumber;

        @JacksonXmlProperty(localName = "City")
        public String city;

        @JacksonXmlProperty(localName = "Lata")
        public String lata;

        @JacksonXmlProperty(localName = "RateCenter")
        public String rateCenter;

        @JacksonXmlProperty(localName = "State")
        public String state;

        @JacksonXmlProperty(localName = "Status")
        public String status;

        @JacksonXmlProperty(localName = "VendorName")
        public String vendorName;
    }
}
