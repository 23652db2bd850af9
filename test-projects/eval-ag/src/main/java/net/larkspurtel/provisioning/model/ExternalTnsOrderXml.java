package net.larkspurtel.provisioning.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <ExternalTnsOrder>}: adds or removes messaging on numbers hosted elsewhere. */
@JacksonXmlRootElement(localName = "ExternalTnsOrder")
public class ExternalTnsOrderXml {

    public enum Action { IMPORT, REMOVE }

    @JacksonXmlProperty(localName = "CustomerOrderId")
    public String customerOrderId;

    @JacksonXmlProperty(localName = "SiteId")
    public String siteId;

    @JacksonXmlProperty(localName = "SipPeerId")
    public String sipPeerId;

    @JacksonXmlProperty(localName = "Action")
    public Action action = Action.IMPORT;

    @JacksonXmlProperty(localName = "LoaType")
    public String loaType = "CARRIER";

    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    public List<String> telephoneNumbers = new ArrayList<>();
}
