package net.tidewaterconnect.numbering.dashboard.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "AddressListResponse")
public record E911AddressList(
        @JacksonXmlProperty(localName = "TotalCount") int totalCount,
        @JacksonXmlElementWrapper(localName = "Addresses")
        @JacksonXmlProperty(localName = "Address") List<E911Address> addresses) {
}
