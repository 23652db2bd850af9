package net.cobaltline.inventory.model.dashboard;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;

import java.util.ArrayList;
import java.util.List;

/** {@code <ExistingTelephoneNumberOrderType>} of an order. */
@XmlType(name = "ExistingTelephoneNumberOrderType")
@XmlAccessorType(XmlAccessType.FIELD)
public class ExistingNumbersPayload {

    @XmlElementWrapper(name = "TelephoneNumberList")
    @XmlElement(name = "TelephoneNumber")
    private List<String> telephoneNumbers = new ArrayList<>();

    @XmlElementWrapper(name = "ReservationIdList")
    @XmlElement(name = "ReservationId")
    private List<String> reservationIds;

    public ExistingNumbersPayload() {
    }

    public ExistingNumbersPayload(List<String> telephoneNumbers) {
        this.telephoneNumbers = new ArrayList<>(telephoneNumbers);
    }

    public List<String> getTelephoneNumbers() {
        return telephoneNumbers;
    }

    public List<String> getReservationIds() {
        return reservationIds;
    }

    public void setReservationIds(List<String> reservationIds) {
        this.reservationIds = reservationIds;
    }
}
