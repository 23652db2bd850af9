package org.harborline.provisioning.crm;

/**
 * Billing/contact address of a Harborline customer (CRM table CUSTOMER_ADDRESS).
 * The contact phone is split the way the 2009 CRM schema stores it.
 */
public class CustomerAddress {

    private long customerId;
    private String street;
    private String city;
    private String state;
    private String zip;
    private int areaCode;
    private String contactPhoneLocal;

    public CustomerAddress(long customerId, String street, String city, String state, String zip,
            int areaCode, String contactPhoneLocal) {
        this.customerId = customerId;
        this.street = street;
        this.city = city;
        this.state = state;
        this.zip = zip;
        this.areaCode = areaCode;
        this.contactPhoneLocal = contactPhoneLocal;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getStreet() {
        return street;
    }

    public String getCity() {
        return city;
    }

    public String getState() {
        return state;
    }

    public String getZip() {
        return zip;
    }

    public int getAreaCode() {
        return areaCode;
    }

    public String formattedContactPhone() {
        return String.format("(%03d) %s", areaCode, contactPhoneLocal);
    }
}
