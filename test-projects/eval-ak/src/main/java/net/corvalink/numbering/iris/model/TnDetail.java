package net.corvalink.numbering.iris.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * Answer of GET /tns/{tn}/tndetails, trimmed to what the workflows use.
 */
@JacksonXmlRootElement(localName = "TelephoneNumberResponse")
@JsonIgnoreProperties(ignoreUnknown = true)
public class TnDetail {

    @JacksonXmlProperty(localName = "FullNumber")
    private long fullNumber;

    @JacksonXmlProperty(localName = "City")
    private String city;

    @JacksonXmlProperty(localName = "State")
    private String state;

    @JacksonXmlProperty(localName = "RateCenter")
    private String rateCenter;

    @JacksonXmlProperty(localName = "Status")
    private String status;

    @JacksonXmlProperty(localName = "SiteId")
    private int siteId;

    public long getFullNumber() {
        return fullNumber;
    }

    public String getCity() {
        return city;
    }

    public String getState() {
        return state;
    }

    public String getRateCenter() {
        return rateCenter;
    }

    public String getStatus() {
        return status;
    }

    public int getSiteId() {
        return siteId;
    }
}
