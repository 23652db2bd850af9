package net.cobaltline.numbers.dashboard.xml;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

@JacksonXmlRootElement(localName = "ExternalTnsOrder")
@JsonIgnoreProperties(ignoreUnknown = true)
public class ExternalTnsOrderXml {

    public enum Action { IMPORT, REMOVE }

    @JacksonXmlProperty(localName = "CustomerOrderId")
    public String customerOrderId;
    @JacksonXmlProperty(localName = "SiteId")
    public String siteId;
    @JacksonXmlProperty(localName = "SipPeerId")
    public String sipPeerId;
    @JacksonXmlProperty(localName = "Action")
    public Action action;
    @JacksonXmlProperty(localName = "LoaType")
    public String loaType;
    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    public List<String> telephoneNumbers = new ArrayList<>();
}
