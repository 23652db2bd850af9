package net.tallgrasstel.backoffice.e911.model;

import java.util.ArrayList;
import java.util.List;
import org.simpleframework.xml.Element;
import org.simpleframework.xml.ElementList;
import org.simpleframework.xml.Root;

/** E911 service address as the Dashboard stores it. */
@Root(name = "Address", strict = false)
public class E911Address {

    @Element(name = "AddressId", required = false)
    private String addressId;

    @Element(name = "HouseNumber")
    private String houseNumber;

    @Element(name = "StreetName")
    private String streetName;

    @Element(name = "AddressLine2", required = false)
    private String addressLine2;

    @Element(name = "City")
    private String city;

    @Element(name = "StateCode")
    private String stateCode;

    @Element(name = "Zip")
    private String zip;

    @Element(name = "CallbackNumber", required = false)
    private String callbackNumber;

    @Element(name = "CallerName", required = false)
    private String callerName;

    public String getAddressId() {
        return addressId;
    }

    public void setAddressId(String addressId) {
        this.addressId = addressId;
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

    public String getCallbackNumber() {
        return callbackNumber;
    }

    public void setCallbackNumber(String callbackNumber) {
        this.callbackNumber = callbackNumber;
    }

    public String getCallerName() {
        return callerName;
    }

    public void setCallerName(String callerName) {
        this.callerName = callerName;
    }

    /** One page of the address list. */
    @Root(name = "AddressesResponse", strict = false)
    public static class Page {

        @Element(name = "TotalCount", required = false)
        private int totalCount;

        @ElementList(name = "Addresses", entry = "Address", required = false)
        private List<E911Address> addresses = new ArrayList<>();

        @Element(name = "Links", required = false)
        private Links links;

        public int getTotalCount() {
            return totalCount;
        }

        public List<E911Address> getAddresses() {
            return addresses;
        }

        public Links getLinks() {
            return links;
        }

        @Root(name = "Links", strict = false)
        public static class Links {
            @Element(name = "next", required = false)
            private String next;

            public String getNext() {
                return next;
            }
        }
    }
}
