package net.lakeshoretel.numbering.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.io.Serializable;

/**
 * A number-porting event published by our OSS on {@code oss.lnp.porting-events.v1}. Numbers are
 * national (10 digits) in the OSS.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class PortingEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    @JsonProperty("portRequestId")
    private String portRequestId;
    @JsonProperty("tn")
    private String telephoneNumber;
    @JsonProperty("billingAccount")
    private String billingAccount;
    @JsonProperty("losingCarrier")
    private String losingCarrier;
    @JsonProperty("status")
    private String status;
    @JsonProperty("requestedFocEpochSec")
    private long requestedFocEpochSec;
    @JsonProperty("eventTime")
    private long eventTime;

    public PortingEvent() {
    }

    public PortingEvent(String portRequestId, String telephoneNumber, String billingAccount, String status) {
        this.portRequestId = portRequestId;
        this.telephoneNumber = telephoneNumber;
        this.billingAccount = billingAccount;
        this.status = status;
    }

    /** Area code of the ported number, as the OSS keys its rate-center tables. */
    public String npa() {
        return telephoneNumber.substring(0, 3);
    }

    public String getPortRequestId() {
        return portRequestId;
    }

    public String getTelephoneNumber() {
        return telephoneNumber;
    }

    public String getBillingAccount() {
        return billingAccount;
    }

    public String getLosingCarrier() {
        return losingCarrier;
    }

    public void setLosingCarrier(String losingCarrier) {
        this.losingCarrier = losingCarrier;
    }

    public String getStatus() {
        return status;
    }

    public long getRequestedFocEpochSec() {
        return requestedFocEpochSec;
    }

    public void setRequestedFocEpochSec(long requestedFocEpochSec) {
        this.requestedFocEpochSec = requestedFocEpochSec;
    }

    public long getEventTime() {
        return eventTime;
    }

    public void setEventTime(long eventTime) {
        this.eventTime = eventTime;
    }
}
