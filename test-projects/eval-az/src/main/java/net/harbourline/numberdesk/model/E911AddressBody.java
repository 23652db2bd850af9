package net.harbourline.numberdesk.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** Request body of an E911 address as the Dashboard expects it. */
@XmlRootElement(name = "Address")
@XmlAccessorType(XmlAccessType.FIELD)
public class E911AddressBody {

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
    private String addressType = "Dlr";

    public E911AddressBody() {
    }

    public E911AddressBody(String houseNumber, String streetName, String city, String stateCode, String zip) {
        this.houseNumber = houseNumber;
        this.streetName = streetName;
        this.city = city;
        this.stateCode = stateCode;
        this.zip = zip;
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
