package net.tidewatertel.numbering.dashboard.xml;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

@JacksonXmlRootElement(localName = "OrderResponse")
@JsonIgnoreProperties(ignoreUnknown = true)
public class OrderResponseXml {

    @JacksonXmlProperty(localName = "Order")
    public OrderXml order;

    @JacksonXmlProperty(localName = "OrderStatus")
    public String orderStatus;

    @JacksonXmlElementWrapper(localName = "CompletedNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    public List<CompletedNumber> completedNumbers = new ArrayList<>();

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class OrderXml {
        @JacksonXmlProperty(localName = "id")
        public String id;

        @JacksonXmlProperty(localName = "CustomerOrderId")
        public String customerOrderId;

        @JacksonXmlProperty(localName = "SiteId")
        public String siteId;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class CompletedNumber {
        @JacksonXmlProperty(localName = "FullNumber")
        public String fullNumber;
    }
}
