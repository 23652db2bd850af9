package net.tidewatertel.provisioning.domain;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlRootElement;

/** {@code <AreaCodeSearchAndOrderType>} of a Dashboard order, request and response side. */
@XmlRootElement(name = "AreaCodeSearchAndOrderType")
@XmlAccessorType(XmlAccessType.FIELD)
public class AreaCodeSearchOrderXml {

    @XmlElement(name = "AreaCode")
    private int areaCode;

    @XmlElement(name = "Quantity")
    private int quantity;

    public int getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(int areaCode) {
        this.areaCode = areaCode;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }
}
