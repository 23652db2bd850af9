package net.cobaltline.inventory.model.dashboard;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

@XmlRootElement(name = "RemoveImportedTnOrder")
@XmlAccessorType(XmlAccessType.FIELD)
public class RemoveImportedTnOrderPayload {

    @XmlElement(name = "CustomerOrderId")
    private String customerOrderId;

    @XmlElementWrapper(name = "TelephoneNumbers")
    @XmlElement(name = "TelephoneNumber")
    private List<String> telephoneNumbers = new ArrayList<>();

    public RemoveImportedTnOrderPayload() {
    }

    public RemoveImportedTnOrderPayload(String customerOrderId, List<String> telephoneNumbers) {
        this.customerOrderId = customerOrderId;
        this.telephoneNumbers = new ArrayList<>(telephoneNumbers);
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public List<String> getTelephoneNumbers() {
        return telephoneNumbers;
    }
}
