package com.northwind.numbers.domain;

/**
 * A storefront customer. Phone numbers here are what the customer typed (national format).
 */
public class CustomerProfile {

    public record ServiceAddress(String houseNumber, String street, String city, String state, String zip) {
    }

    private String customerId;
    private String companyName;
    private String contactPhone;
    private String areaCode;
    private int employeeCount;
    private ServiceAddress serviceAddress;

    public String getCustomerId() { return customerId; }
    public void setCustomerId(String customerId) { this.customerId = customerId; }
    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getAreaCode() { return areaCode; }
    public void setAreaCode(String areaCode) { this.areaCode = areaCode; }
    public int getEmployeeCount() { return employeeCount; }
    public void setEmployeeCount(int employeeCount) { this.employeeCount = employeeCount; }
    public ServiceAddress getServiceAddress() { return serviceAddress; }
    public void setServiceAddress(ServiceAddress serviceAddress) { this.serviceAddress = serviceAddress; }
}
