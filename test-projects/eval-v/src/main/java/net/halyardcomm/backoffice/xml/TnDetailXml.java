package net.halyardcomm.backoffice.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** Response of GET /tns/{tn}/tndetails, only the fields the console shows. */
@XmlRootElement(name = "TelephoneNumberResponse")
@XmlAccessorType(XmlAccessType.FIELD)
public class TnDetailXml {

    @XmlElement(name = "TelephoneNumberDetails")
    private Details details;

    public Details getDetails() {
        return details;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Details {

        @XmlElement(name = "FullNumber")
        private long fullNumber;

        @XmlElement(name = "City")
        private String city;

        @XmlElement(name = "State")
        private String state;

        @XmlElement(name = "RateCenter")
        private String rateCenter;

        @XmlElement(name = "Lata")
        private int lata;

        @XmlElement(name = "Tier")
        private int tier;

        @XmlElement(name = "VendorName")
        private String vendorName;

        @XmlElement(name = "Status")
        private String status;

        public long getFullNumber() { return fullNumber; }
        public String getCity() { return city; }
        public String getState() { return state; }
        public String getRateCenter() { return rateCenter; }
        public int getLata() { return lata; }
        public int getTier() { return tier; }
        public String getVendorName() { return vendorName; }
        public String getStatus() { return status; }
    }
}
