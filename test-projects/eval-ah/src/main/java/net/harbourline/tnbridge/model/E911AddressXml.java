package net.harbourline.tnbridge.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** E911 service address as the Dashboard validates and stores it. */
@XmlRootElement(name = "Address")
@XmlAccessorType(XmlAccessType.FIELD)
public class E911AddressXml {

    @XmlElement(name = "HouseNumber")
    private String houseNumber;

    @XmlElement(name = "StreetName")
    private String streetName;

    @XmlElement(name = "City")
    private String city;

    @XmlElement(name = "StateCode")
    private String stateCode;

    @XmlElement(name = "Zip")
    private String zip;

    @XmlElement(name = "Country")
    private String country = "US";

    @XmlElement(name = "AddressType")
    private String addressType = "E911";

    public static E911AddressXml from(CustomerAddress address) {
        E911AddressXml xml = new E911AddressXml();
        xml.houseNumber = address.houseNumber();
        xml.streetName = address.street();
        xml.city = address.city();
        xml.stateCode = address.state();
        xml.zip = address.postalCode();
        return xml;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public String getStreetName() {
        return streetName;
    }

    public String getCity() {
        return city;
    }

    public String getStateCode() {
        return stateCode;
    }

    public String getZip() {
        return zip;
    }

    public String getCountry() {
        return country;
    }

    public String getAddressType() {
        return addressType;
    }
}
