package net.northvale.voice.provisioning.dashboard.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** An E911 service address as the Dashboard stores it. */
@XmlRootElement(name = "Address")
@XmlAccessorType(XmlAccessType.FIELD)
public class E911AddressXml {

    @XmlElement(name = "Id")
    private String id;
    @XmlElement(name = "HouseNumber")
    private String houseNumber;
    @XmlElement(name = "StreetName")
    private String streetName;
    @XmlElement(name = "AddressLine2")
    private String addressLine2;
    @XmlElement(name = "City")
    private String city;
    @XmlElement(name = "StateCode")
    private String stateCode;
    @XmlElement(name = "Zip")
    private String zip;
    @XmlElement(name = "PlusFour")
    private String plusFour;
    @XmlElement(name = "AddressType")
    private String addressType = "Service";

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public void setHouseNumber(String houseNumber) {
        this.houseNumber = houseNumber;
    }

    public String getStreetName() {
        return streetName;
    }

    public void setStreetName(String streetName) {
        this.streetName = streetName;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = addressLine2;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getStateCode() {
        return stateCode;
    }

    public void setStateCode(String stateCode) {
        this.stateCode = stateCode;
    }

    public String getZip() {
        return zip;
    }

    public void setZip(String zip) {
        this.zip = zip;
    }

    public String getPlusFour() {
        return plusFour;
    }

    public void setPlusFour(String plusFour) {
        this.plusFour = plusFour;
    }

    public String getAddressType() {
        return addressType;
    }
}
