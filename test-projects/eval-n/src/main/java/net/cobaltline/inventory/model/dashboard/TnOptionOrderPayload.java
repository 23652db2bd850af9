package net.cobaltline.inventory.model.dashboard;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

@XmlRootElement(name = "TnOptionOrder")
@XmlAccessorType(XmlAccessType.FIELD)
public class TnOptionOrderPayload {

    @XmlElement(name = "OrderId")
    private String orderId;

    @XmlElement(name = "CustomerOrderId")
    private String customerOrderId;

    @XmlElement(name = "ProcessingStatus")
    private String processingStatus;

    @XmlElementWrapper(name = "TnOptionGroups")
    @XmlElement(name = "TnOptionGroup")
    private List<TnOptionGroupPayload> groups = new ArrayList<>();

    public TnOptionOrderPayload() {
    }

    public TnOptionOrderPayload(String customerOrderId, List<TnOptionGroupPayload> groups) {
        this.customerOrderId = customerOrderId;
        this.groups = new ArrayList<>(groups);
    }

    public String getOrderId() {
        return orderId;
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public String getProcessingStatus() {
        return processingStatus;
    }

    public List<TnOptionGroupPayload> getGroups() {
        return groups;
    }
}
