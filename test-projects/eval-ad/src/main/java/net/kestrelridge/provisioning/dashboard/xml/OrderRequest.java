package net.kestrelridge.provisioning.dashboard.xml;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * {@code <Order>} for search-and-order by area code. Orders of existing numbers are written by
 * hand in OrderApi because the TN list needs the exact element order the Dashboard validates.
 */
@JacksonXmlRootElement(localName = "Order")
public class OrderRequest {

    @JacksonXmlProperty(localName = "CustomerOrderId")
    public String customerOrderId;

    @JacksonXmlProperty(localName = "Name")
    public String name;

    @JacksonXmlProperty(localName = "SiteId")
    public int siteId;

    @JacksonXmlProperty(localName = "PeerId")
    public Integer peerId;

    @JacksonXmlProperty(localName = "PartialAllowed")
    public boolean partialAllowed;

    @JacksonXmlProperty(localName = "AreaCodeSearchAndOrderType")
    public AreaCodeSearchAndOrder areaCodeSearchAndOrder;

    public static class AreaCodeSearchAndOrder {

        @JacksonXmlProperty(localName = "AreaCode")
        public int areaCode;

        @JacksonXmlProperty(localName = "Quantity")
        public int quantity;

        public AreaCodeSearchAndOrder() {
        }

        public AreaCodeSearchAndOrder(int areaCode, int quantity) {
            this.areaCode = areaCode;
            this.quantity = quantity;
        }
    }
}
