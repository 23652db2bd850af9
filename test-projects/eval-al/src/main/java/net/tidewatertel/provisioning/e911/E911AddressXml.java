package net.tidewatertel.provisioning.e911;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlRootElement;

/** Dispatchable address registered for 911 on the Dashboard. */
@XmlRootElement(name = "Address")
@XmlAccessorType(XmlAccessType.FIELD)
public class E911AddressXml {

    @XmlElement(name = "HouseNumber")
    private String houseNumber;

    @XmlElement(name = "StreetName")
    private String streetName;

    @XmlElement(name = "StreetSuffix")
    private String streetSuffix;

    @XmlElement(name = "AddressLine2")
    private String addressLine2;

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

    public E911AddressXml() {
    }

    public E911AddressXml(String houseNumber, String streetName, String city, String stateCode, String zip) {
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

    public String getStreetSuffix() {
        return streetSuffix;
    }

    public void setStreetSuffix(String streetSuffix) {
        this.streetSuffix = streetSuffix;
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
