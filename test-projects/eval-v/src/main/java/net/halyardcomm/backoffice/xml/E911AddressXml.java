package net.halyardcomm.backoffice.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** A validated E911 service address as the Dashboard stores it. */
@XmlRootElement(name = "Address")
@XmlAccessorType(XmlAccessType.FIELD)
public class E911AddressXml {

    @XmlElement(name = "Id")
    private String id;

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

    @XmlElement(name = "AddressType")
    private String addressType = "Service";

    public E911AddressXml() {
    }

    public E911AddressXml(String houseNumber, String streetName, String city, String stateCode, String zip) {
        this.houseNumber = houseNumber;
        this.streetName = streetName;
        this.city = city;
        this.stateCode = stateCode;
        this.zip = zip;
    }

    public String getId() { return id; }
    public String getHouseNumber() { return houseNumber; }
    public String getStreetName() { return streetName; }
    public String getCity() { return city; }
    public String getStateCode() { return stateCode; }
    public String getZip() { return zip; }

    public String oneLine() {
        return houseNumber + " " + streetName + ", " + city + ", " + stateCode + " " + zip;
    }
}
