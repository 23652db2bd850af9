package net.tallgrasstel.backoffice.inventory.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** TN details as returned for one number, trimmed to what the inventory screen shows. */
@JacksonXmlRootElement(localName = "TelephoneNumberDetails")
@JsonIgnoreProperties(ignoreUnknown = true)
public class TnDetailXml {

    @JacksonXmlProperty(localName = "FullNumber")
    private long fullNumber;

    @JacksonXmlProperty(localName = "AreaCode")
    private Integer areaCode;

    @JacksonXmlProperty(localName = "RateCenter")
    private String rateCenter;

    @JacksonXmlProperty(localName = "State")
    private String state;

    @JacksonXmlProperty(localName = "Lata")
    private int lata;

    @JacksonXmlProperty(localName = "Tier")
    private int tier;

    @JacksonXmlProperty(localName = "VendorId")
    private int vendorId;

    public long getFullNumber() {
        return fullNumber;
    }

    public Integer getAreaCode() {
        return areaCode;
    }

    public String getRateCenter() {
        return rateCenter;
    }

    public String getState() {
        return state;
    }

    public int getLata() {
        return lata;
    }

    public int getTier() {
        return tier;
    }

    public int getVendorId() {
        return vendorId;
    }
}
