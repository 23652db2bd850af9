package net.halyardcomm.backoffice.reports;

/** One line of the "Iris Telephone Number Inventory Report". */
public final class InventoryReportRow {

    private final String telephoneNumber;
    private final Integer areaCode;
    private final String rateCenter;
    private final String siteName;

    public InventoryReportRow(String telephoneNumber, Integer areaCode, String rateCenter, String siteName) {
        this.telephoneNumber = telephoneNumber;
        this.areaCode = areaCode;
        this.rateCenter = rateCenter;
        this.siteName = siteName;
    }

    public String telephoneNumber() { return telephoneNumber; }
    public Integer areaCode() { return areaCode; }
    public String rateCenter() { return rateCenter; }
    public String siteName() { return siteName; }
}
