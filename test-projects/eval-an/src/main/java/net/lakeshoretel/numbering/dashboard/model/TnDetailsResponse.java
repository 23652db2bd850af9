package net.lakeshoretel.numbering.dashboard.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** {@code GET /tns/{tn}/tndetails}. */
@JacksonXmlRootElement(localName = "TelephoneNumberResponse")
public class TnDetailsResponse {

    @JacksonXmlProperty(localName = "TelephoneNumberDetails")
    private Details details;

    public Details getDetails() {
        return details;
    }

    public void setDetails(Details details) {
        this.details = details;
    }

    public static class Details {
        @JacksonXmlProperty(localName = "FullNumber")
        private String fullNumber;
        @JacksonXmlProperty(localName = "City")
        private String city;
        @JacksonXmlProperty(localName = "State")
        private String state;
        @JacksonXmlProperty(localName = "Lata")
        private String lata;
        @JacksonXmlProperty(localName = "RateCenter")
        private String rateCenter;
        @JacksonXmlProperty(localName = "Tier")
        private String tier;
        @JacksonXmlProperty(localName = "VendorName")
        private String vendorName;
        @JacksonXmlProperty(localName = "Status")
        private String status;

        public String getFullNumber() {
            return fullNumber;
        }

        public void setFullNumber(String fullNumber) {
            this.fullNumber = fullNumber;
        }

        public String getCity() {
            return city;
        }

        public String getState() {
            return state;
        }

        public String getLata() {
            return lata;
        }

        public String getRateCenter() {
            return rateCenter;
        }

        public String getTier() {
            return tier;
        }

        public String getVendorName() {
            return vendorName;
        }

        public String getStatus() {
            return status;
        }
    }
}
