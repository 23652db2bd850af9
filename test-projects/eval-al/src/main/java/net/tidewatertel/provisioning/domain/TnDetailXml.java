package net.tidewatertel.provisioning.domain;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlRootElement;

/** Response of {@code GET /tns/{tn}/tndetails}. */
@XmlRootElement(name = "TelephoneNumberResponse")
@XmlAccessorType(XmlAccessType.FIELD)
public class TnDetailXml {

    @XmlElement(name = "FullNumber")
    private long fullNumber;

    @XmlElement(name = "City")
    private String city;

    @XmlElement(name = "Lata")
    private String lata;

    @XmlElement(name = "RateCenter")
    private String rateCenter;

    @XmlElement(name = "State")
    private String state;

    @XmlElement(name = "Status")
    private String status;

    @XmlElement(name = "SiteId")
    private String siteId;

    public long getFullNumber() {
        return fullNumber;
    }

    public String getCity() {
        return city;
    }

    public String getLata() {
        return lata;
    }

    public String getRateCenter() {
        return rateCenter;
    }

    public String getState() {
        return state;
    }

    public String getStatus() {
        return status;
    }

    public String getSiteId() {
        return siteId;
    }
}
