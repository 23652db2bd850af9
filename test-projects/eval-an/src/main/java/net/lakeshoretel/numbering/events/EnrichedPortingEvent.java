package net.lakeshoretel.numbering.events;

import java.io.Serializable;

/** A porting event with the number's Dashboard details. */
public class EnrichedPortingEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    private PortingEvent event;
    private String rateCenter;
    private String state;
    private String lata;
    private String tier;
    private String vendorName;
    private String areaCode;
    private boolean portable;
    private String error;

    public EnrichedPortingEvent() {
    }

    public EnrichedPortingEvent(PortingEvent event) {
        this.event = event;
    }

    public static EnrichedPortingEvent unresolved(PortingEvent event, String error) {
        EnrichedPortingEvent enriched = new EnrichedPortingEvent(event);
        enriched.error = error;
        return enriched;
    }

    public PortingEvent getEvent() {
        return event;
    }

    public String getRateCenter() {
        return rateCenter;
    }

    public void setRateCenter(String rateCenter) {
        this.rateCenter = rateCenter;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getLata() {
        return lata;
    }

    public void setLata(String lata) {
        this.lata = lata;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public String getVendorName() {
        return vendorName;
    }

    public void setVendorName(String vendorName) {
        this.vendorName = vendorName;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(String areaCode) {
        this.areaCode = areaCode;
    }

    public boolean isPortable() {
        return portable;
    }

    public void setPortable(boolean portable) {
        this.portable = portable;
    }

    public String getError() {
        return error;
    }
}
