package net.northwind.porting.payload;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.List;

/**
 * Our own JAXB-free model of the hosted-messaging import order body. (The SDK has a class of the
 * same name; this one is used by the raw HTTP jobs.)
 */
@JacksonXmlRootElement(localName = "ImportTnOrder")
public class ImportTnOrder {

    @JacksonXmlProperty(localName = "CustomerOrderId")
    private String customerOrderId;

    @JacksonXmlProperty(localName = "SiteId")
    private int siteId;

    @JacksonXmlProperty(localName = "SipPeerId")
    private int sipPeerId;

    @JacksonXmlProperty(localName = "LoaAuthorizingPerson")
    private String loaAuthorizingPerson;

    @JacksonXmlProperty(localName = "LoaType")
    private String loaType = "CARRIER";

    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    private List<String> telephoneNumbers;

    public static ImportTnOrder of(String customerOrderId, int siteId, int sipPeerId, String loaPerson,
                                   List<String> telephoneNumbers) {
        ImportTnOrder o = new ImportTnOrder();
        o.customerOrderId = customerOrderId;
        o.siteId = siteId;
        o.sipPeerId = sipPeerId;
        o.loaAuthorizingPerson = loaPerson;
        o.telephoneNumbers = List.copyOf(telephoneNumbers);
        return o;
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public int getSiteId() {
        return siteId;
    }

    public int getSipPeerId() {
        return sipPeerId;
    }

    public String getLoaAuthorizingPerson() {
        return loaAuthorizingPerson;
    }

    public String getLoaType() {
        return loaType;
    }

    public List<String> getTelephoneNumbers() {
        return telephoneNumbers;
    }
}
