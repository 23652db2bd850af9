package com.northforktel.numbering.dashboard.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** An emergency (E911) service address registered on the Dashboard account. */
@JacksonXmlRootElement(localName = "Address")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class E911Address {

    @JacksonXmlProperty(localName = "AddressId")
    public String addressId;

    @JacksonXmlProperty(localName = "HouseNumber")
    public String houseNumber;

    @JacksonXmlProperty(localName = "StreetName")
    public String streetName;

    @JacksonXmlProperty(localName = "City")
    public String city;

    @JacksonXmlProperty(localName = "StateCode")
    public String stateCode;

    @JacksonXmlProperty(localName = "Zip")
    public String zip;

    @JacksonXmlProperty(localName = "Country")
    public String country = "US";

    @JacksonXmlRootElement(localName = "AddressList")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Page {

        @JacksonXmlProperty(localName = "TotalCount")
        public int totalCount;

        @JacksonXmlElementWrapper(useWrapping = false)
        @JacksonXmlProperty(localName = "Address")
        public List<E911Address> addresses = new ArrayList<>();
    }
}
