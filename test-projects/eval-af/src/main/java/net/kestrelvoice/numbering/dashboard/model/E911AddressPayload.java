package net.kestrelvoice.numbering.dashboard.model;

import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlRootElement;

/** {@code <Address>} as the dashboard's E911 address resource returns it. */
@XmlRootElement(name = "Address")
public class E911AddressPayload {

    @XmlElement(name = "AddressId")
    private String addressId;

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
    private String country;

    @XmlElement(name = "AddressType")
    private String addressType = "E911";

    public E911AddressPayload() {
    }

    public E911AddressPayload(String houseNumber, String streetName, String city, String stateCode, String zip) {
        this.houseNumber = houseNumber;
        this.streetName = streetName;
        this.city = city;
        this.stateCode = stateCode;
        this.zip = zip;
        this.country = "US";
    }

    public String getAddressId() {
        return addressId;
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
}
