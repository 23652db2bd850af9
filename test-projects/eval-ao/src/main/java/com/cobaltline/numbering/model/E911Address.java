package com.cobaltline.numbering.model;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlRootElement;

/** Emergency (E911) service address as the Dashboard stores it. */
@XmlRootElement(name = "Address")
@XmlAccessorType(XmlAccessType.FIELD)
public class E911Address {

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

    public String getAddressType() {
        return addressType;
    }

    public void setAddressType(String addressType) {
        this.addressType = addressType;
    }
}
