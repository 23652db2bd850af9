package net.kestreltel.portdesk.dashboard.model;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

@XmlRootElement(name = "AddressesResponse")
@XmlAccessorType(XmlAccessType.FIELD)
public class AddressesResponse {
    @XmlElement(name = "TotalCount")
    public int totalCount;
    @XmlElementWrapper(name = "Addresses")
    @XmlElement(name = "Address")
    public List<Address> addresses = new ArrayList<>();

    @XmlRootElement(name = "Address")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Address {
        @XmlElement(name = "AddressId")
        public String addressId;
        @XmlElement(name = "HouseNumber")
        public String houseNumber;
        @XmlElement(name = "StreetName")
        public String streetName;
        @XmlElement(name = "City")
        public String city;
        @XmlElement(name = "StateCode")
        public String stateCode;
        @XmlElement(name = "Zip")
        public String zip;
        @XmlElement(name = "Country")
        public String country;
        @XmlElementWrapper(name = "TelephoneNumbers")
        @XmlElement(name = "TelephoneNumber")
        public java.util.List<String> telephoneNumbers = new java.util.ArrayList<>();
    }
}
