package net.kestreltel.numgate.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** POST orders body. Exactly one of the order types is set. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JacksonXmlRootElement(localName = "Order")
public record OrderRequest(
        @JacksonXmlProperty(localName = "CustomerOrderId") String customerOrderId,
        @JacksonXmlProperty(localName = "SiteId") String siteId,
        @JacksonXmlProperty(localName = "PeerId") String peerId,
        @JacksonXmlProperty(localName = "PartialAllowed") boolean partialAllowed,
        @JacksonXmlProperty(localName = "ExistingTelephoneNumberOrderType") ExistingNumbers existing,
        @JacksonXmlProperty(localName = "AreaCodeSearchAndOrderType") AreaCodeSearch areaCodeSearch) {

    public static OrderRequest existing(String siteId, String peerId, String customerOrderId, List<String> numbers) {
        return new OrderRequest(customerOrderId, siteId, peerId, true, new ExistingNumbers(numbers), null);
    }

    public static OrderRequest byAreaCode(String siteId, String peerId, String customerOrderId, String areaCode, int quantity) {
        return new OrderRequest(customerOrderId, siteId, peerId, false, null, new AreaCodeSearch(areaCode, quantity));
    }

    public record ExistingNumbers(
            @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
            @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {
    }

    public record AreaCodeSearch(
            @JacksonXmlProperty(localName = "AreaCode") String areaCode,
            @JacksonXmlProperty(localName = "Quantity") int quantity) {
    }
}
