package net.tidewatertel.provisioning.inventory;

/**
 * One number as the service order system knows it. Numbers are stored as 10 digits;
 * the billing account number is the one printed on the customer's invoice.
 */
public class InventoryRecord {

    private String telephoneNumber;
    private int areaCode;
    private String customerAccount;
    private String billingAccountNumber;
    private String status;
    private String siteId;

    public InventoryRecord() {
    }

    public InventoryRecord(String telephoneNumber, String customerAccount, String status) {
        this.telephoneNumber = telephoneNumber;
        this.customerAccount = customerAccount;
        this.status = status;
        this.areaCode = Integer.parseInt(telephoneNumber.substring(0, 3));
    }

    public String getTelephoneNumber() {
        return telephoneNumber;
    }

    public void setTelephoneNumber(String telephoneNumber) {
        this.telephoneNumber = telephoneNumber;
    }

    public int getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(int areaCode) {
        this.areaCode = areaCode;
    }

    public String getCustomerAccount() {
        return customerAccount;
    }

    public void setCustomerAccount(String customerAccount) {
        this.customerAccount = customerAccount;
    }

    public String getBillingAccountNumber() {
        return billingAccountNumber;
    }

    public void setBillingAccountNumber(String billingAccountNumber) {
        this.billingAccountNumber = billingAccountNumber;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSiteId() {
        return siteId;
    }

    public void setSiteId(String siteId) {
        this.siteId = siteId;
    }
}
