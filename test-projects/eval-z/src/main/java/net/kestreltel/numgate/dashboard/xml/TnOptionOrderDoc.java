package net.kestreltel.numgate.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;

/** POST tnoptions body: the supported way to switch SMS on or off for numbers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JacksonXmlRootElement(localName = "TnOptionOrder")
public record TnOptionOrderDoc(
        @JacksonXmlProperty(localName = "CustomerOrderId") String customerOrderId,
        @JacksonXmlElementWrapper(localName = "TnOptionGroups")
        @JacksonXmlProperty(localName = "TnOptionGroup") List<Group> groups) {

    public record Group(
            @JacksonXmlProperty(localName = "Sms") String sms,
            @JacksonXmlProperty(localName = "CallForward") String callForward,
            @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
            @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {
    }

    public static TnOptionOrderDoc sms(String customerOrderId, boolean on, List<String> numbers) {
        return new TnOptionOrderDoc(customerOrderId, List.of(new Group(on ? "on" : "off", null, numbers)));
    }
}
