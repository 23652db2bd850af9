package net.larkspurtel.provisioning.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** Answer of GET /tns/{tn}/tndetails. */
@JacksonXmlRootElement(localName = "TelephoneNumberResponse")
public class TnDetailsXml {

    @JacksonXmlProperty(localName = "TelephoneNumberDetails")
    public Details details;

    public static class Details {
        @JacksonXmlProperty(localName = "FullNumber")
        public long fullNumber;

        @JacksonXmlProperty(localName = "City")
        public String city;

        @JacksonXmlProperty(localName = "State")
        public String state;

        @JacksonXmlProperty(localName = "RateCenter")
        public String rateCenter;

        @JacksonXmlProperty(localName = "Lata")
        public String lata;

        @JacksonXmlProperty(localName = "Status")
        public String status;

        @JacksonXmlProperty(localName = "SiteId")
        public String siteId;
    }
}
