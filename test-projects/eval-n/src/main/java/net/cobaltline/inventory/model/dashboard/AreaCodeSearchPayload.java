package net.cobaltline.inventory.model.dashboard;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code <AreaCodeSearchAndOrderType>}: order N numbers in an area code without picking them. */
@XmlType(name = "AreaCodeSearchAndOrderType")
@XmlAccessorType(XmlAccessType.FIELD)
public class AreaCodeSearchPayload {

    @XmlElement(name = "AreaCode")
    private int areaCode;

    @XmlElement(name = "Quantity")
    private int quantity;

    public AreaCodeSearchPayload() {
    }

    public AreaCodeSearchPayload(int areaCode, int quantity) {
        this.areaCode = areaCode;
        this.quantity = quantity;
    }

    public int getAreaCode() {
        return areaCode;
    }

    public int getQuantity() {
        return quantity;
    }
}
