package net.kestrelwave.numops.dashboard.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.ArrayList;
import java.util.List;

/**
 * Our own model of the hosted-messaging import order body. The SDK's model of the same name
 * cannot be serialised with Jackson, so the raw client uses this one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JacksonXmlRootElement(localName = "ImportTnOrder")
public class ImportTnOrder {

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

    public static ImportTnOrder forNumbers(String customerOrderId, List<String> numbers) {
        ImportTnOrder order = new ImportTnOrder();
        order.customerOrderId = customerOrderId;
        order.telephoneNumbers = new ArrayList<>(numbers);
        return order;
    }

    public ImportTnOrder onSite(String siteId, String sipPeerId) {
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
        return this;
    }

    public ImportTnOrder authorizedBy(String person) {
        this.loaAuthorizingPerson = person;
        this.loaType = "CARRIER";
        return this;
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public String getSiteId() {
        return siteId;
    }

    public String getSipPeerId() {
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
