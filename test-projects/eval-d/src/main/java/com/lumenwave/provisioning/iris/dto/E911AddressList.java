package com.lumenwave.provisioning.iris.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
public record E911AddressList(
        @JacksonXmlProperty(localName = "TotalCount") int totalCount,
        @JacksonXmlElementWrapper(localName = "Addresses")
        @JacksonXmlProperty(localName = "Address") List<E911Address> addresses) {
}
