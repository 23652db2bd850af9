package net.cobaltline.inventory.model.dashboard;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

@XmlRootElement(name = "Address")
@XmlAccessorType(XmlAccessType.FIELD)
public class E911AddressPayload {

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
    @XmlElement(name = "Country")
    private String country;
    @XmlElement(name = "AddressType")
    private String addressType;

    public String getId() {
        return id;
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

    public String singleLine() {
        return String.join(" ", houseNumber, streetName) + ", " + city + ", " + stateCode + " " + zip;
    }

    @XmlRootElement(name = "Addresses")
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Addresses {
        @XmlElement(name = "TotalCount")
        private int totalCount;
        @XmlElement(name = "Address")
        private List<E911AddressPayload> addresses = new ArrayList<>();

        public int getTotalCount() {
            return totalCount;
        }

        public List<E911AddressPayload> getAddresses() {
            return addresses;
        }
    }
}
