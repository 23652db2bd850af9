package net.northwindtel.provisioning.model.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import lombok.Data;
import lombok.NoArgsConstructor;

import java.util.ArrayList;
import java.util.List;

@Data
@NoArgsConstructor
@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "AddressListResponse")
public class E911AddressList {

    @JacksonXmlProperty(localName = "TotalCount")
    private int totalCount;

    @JacksonXmlElementWrapper(localName = "Addresses")
    @JacksonXmlProperty(localName = "Address")
    private List<E911AddressDto> addresses = new ArrayList<>();
}
