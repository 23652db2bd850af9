package net.kestrelvoice.numbering.dashboard.model;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlElementWrapper;
import javax.xml.bind.annotation.XmlRootElement;

/** {@code <RemoveImportedTnOrder>}. */
@XmlRootElement(name = "RemoveImportedTnOrder")
public class RemoveImportedTnOrderPayload {

    @XmlElement(name = "CustomerOrderId")
    private String customerOrderId;

    @XmlElementWrapper(name = "TelephoneNumbers")
    @XmlElement(name = "TelephoneNumber")
    private List<String> telephoneNumbers = new ArrayList<>();

    public RemoveImportedTnOrderPayload() {
    }

    public RemoveImportedTnOrderPayload(String customerOrderId, List<String> tns) {
        this.customerOrderId = customerOrderId;
        this.telephoneNumbers.addAll(tns);
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public List<String> getTelephoneNumbers() {
        return telephoneNumbers;
    }
}
