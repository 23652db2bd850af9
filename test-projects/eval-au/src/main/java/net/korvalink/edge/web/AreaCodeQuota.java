package net.korvalink.edge.web;

/** How many numbers a customer may hold per area code; enforced by the portal, not by Bandwidth. */
public class AreaCodeQuota {

    private Integer areaCode;
    private int maxNumbers;
    private boolean overlayAllowed;

    public Integer getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(Integer areaCode) {
        this.areaCode = areaCode;
    }

    public int getMaxNumbers() {
        return maxNumbers;
    }

    public void setMaxNumbers(int maxNumbers) {
        this.maxNumbers = maxNumbers;
    }

    public boolean isOverlayAllowed() {
        return overlayAllowed;
    }

    public void setOverlayAllowed(boolean overlayAllowed) {
        this.overlayAllowed = overlayAllowed;
    }
}
