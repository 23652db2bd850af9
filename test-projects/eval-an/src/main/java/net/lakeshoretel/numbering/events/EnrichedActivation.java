package net.lakeshoretel.numbering.events;

import java.io.Serializable;

/** An activation with the results of the Dashboard calls made for it. */
public class EnrichedActivation implements Serializable {

    private static final long serialVersionUID = 1L;

    private ActivationEvent event;
    private String e911Status;
    private String e911City;
    private boolean inHomeArea;
    private int availableInRateCenter;
    private String dashboardOrderId;
    private String error;

    public EnrichedActivation() {
    }

    public EnrichedActivation(ActivationEvent event) {
        this.event = event;
    }

    public static EnrichedActivation failed(ActivationEvent event, String error) {
        EnrichedActivation enriched = new EnrichedActivation(event);
        enriched.error = error;
        return enriched;
    }

    public ActivationEvent getEvent() {
        return event;
    }

    public String getE911Status() {
        return e911Status;
    }

    public void setE911Status(String e911Status) {
        this.e911Status = e911Status;
    }

    public String getE911City() {
        return e911City;
    }

    public void setE911City(String e911City) {
        this.e911City = e911City;
    }

    public boolean isInHomeArea() {
        return inHomeArea;
    }

    public void setInHomeArea(boolean inHomeArea) {
        this.inHomeArea = inHomeArea;
    }

    public int getAvailableInRateCenter() {
        return availableInRateCenter;
    }

    public void setAvailableInRateCenter(int availableInRateCenter) {
        this.availableInRateCenter = availableInRateCenter;
    }

    public String getDashboardOrderId() {
        return dashboardOrderId;
    }

    public void setDashboardOrderId(String dashboardOrderId) {
        this.dashboardOrderId = dashboardOrderId;
    }

    public String getError() {
        return error;
    }
}
