package net.larkspurtel.provisioning.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <Order>} payload for POST /accounts/{id}/orders. */
@JacksonXmlRootElement(localName = "Order")
public class NumberOrderXml {

    @JacksonXmlProperty(localName = "CustomerOrderId")
    public String customerOrderId;

    @JacksonXmlProperty(localName = "Name")
    public String name;

    @JacksonXmlProperty(localName = "SiteId")
    public String siteId;

    @JacksonXmlProperty(localName = "PeerId")
    public String peerId;

    @JacksonXmlProperty(localName = "PartialAllowed")
    public Boolean partialAllowed;

    @JacksonXmlProperty(localName = "ExistingTelephoneNumberOrderType")
    public ExistingTns existingTelephoneNumberOrderType;

    @JacksonXmlProperty(localName = "AreaCodeSearchAndOrderType")
    public AreaCodeSearch areaCodeSearchAndOrderType;

    public static class ExistingTns {
        @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
        @JacksonXmlProperty(localName = "TelephoneNumber")
        public List<String> telephoneNumbers = new ArrayList<>();
    }

    public static class AreaCodeSearch {
        @JacksonXmlProperty(localName = "AreaCode")
        public String areaCode;

        @JacksonXmlProperty(localName = "Quantity")
        public int quantity;
    }

    public static NumberOrderXml forExisting(String customerOrderId, String siteId, List<String> tns) {
        NumberOrderXml order = new NumberOrderXml();
        order.customerOrderId = customerOrderId;
        order.siteId = siteId;
        order.partialAllowed = Boolean.FALSE;
        order.existingTelephoneNumberOrderType = new ExistingTns();
        order.existingTelephoneNumberOrderType.telephoneNumbers.addAll(tns);
        return order;
    }

    public static NumberOrderXml forAreaCode(String customerOrderId, String siteId, String areaCode, int quantity) {
        NumberOrderXml order = new NumberOrderXml();
        order.customerOrderId = customerOrderId;
        order.siteId = siteId;
        order.areaCodeSearchAndOrderType = new AreaCodeSearch();
        order.areaCodeSearchAndOrderType.areaCode = areaCode;
        order.areaCodeSearchAndOrderType.quantity = quantity;
        return order;
    }
}
