package net.northwindtel.provisioning.model.hosted;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;

import java.util.ArrayList;
import java.util.List;

/**
 * Our own Jackson mapping of the ImportTnOrder payload (the SDK class of the same name
 * is JAXB-based and cannot be serialised by the RestClient message converters).
 */
@Data
@NoArgsConstructor
@AllArgsConstructor(access = AccessLevel.PRIVATE)
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

    public static ImportTnOrder of(String customerOrderId, String siteId, String sipPeerId, List<String> tns) {
        return new ImportTnOrder(customerOrderId, siteId, sipPeerId, null, "CARRIER", new ArrayList<>(tns));
    }

    public static ImportTnOrder List(String customerOrderId, List<String> tns) {
        return of(customerOrderId, null, null, tns);
    }
}
