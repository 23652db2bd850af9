package net.northwindtel.provisioning.model.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import lombok.Data;

/**
 * One {@code AvailableNpaNxx} entry of the availableNpaNxx search.
 */
@Data
@JsonIgnoreProperties(ignoreUnknown = true)
public class NpaNxxResult {

    @JacksonXmlProperty(localName = "City")
    private String city;

    @JacksonXmlProperty(localName = "Npa")
    private Integer areaCode;

    @JacksonXmlProperty(localName = "Nxx")
    private String nxx;

    @JacksonXmlProperty(localName = "Quantity")
    private int quantity;

    @JacksonXmlProperty(localName = "State")
    private String state;
}
