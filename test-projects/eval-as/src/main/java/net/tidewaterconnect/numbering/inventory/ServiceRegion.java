package net.tidewaterconnect.numbering.inventory;

/**
 * Our marketing regions. The area code here is our own planning key (it drives which sales team
 * owns a lead), not something read from a carrier.
 */
public record ServiceRegion(String code, String name, int areaCode, String rateCenter, String state) {

    public boolean covers(int npa) {
        return areaCode == npa;
    }
}
