package net.northwind.porting.payload;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.ArrayList;
import java.util.List;

/** Body of an external-TNs order (import or remove hosted-messaging numbers we do not own). */
@JacksonXmlRootElement(localName = "ExternalTnsOrder")
public class ExternalTnsOrder {

    public enum Action { IMPORT, REMOVE }

    @JacksonXmlProperty(localName = "CustomerOrderId")
    private String customerOrderId;

    @JacksonXmlProperty(localName = "SiteId")
    private int siteId;

    @JacksonXmlProperty(localName = "SipPeerId")
    private int sipPeerId;

    @JacksonXmlProperty(localName = "Action")
    private Action action;

    @JacksonXmlProperty(localName = "LoaType")
    private String loaType;

    @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
    @JacksonXmlProperty(localName = "TelephoneNumber")
    private List<String> telephoneNumbers = new ArrayList<>();

    public static Builder builder() {
        return new Builder();
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public int getSiteId() {
        return siteId;
    }

    public int getSipPeerId() {
        return sipPeerId;
    }

    public Action getAction() {
        return action;
    }

    public String getLoaType() {
        return loaType;
    }

    public List<String> getTelephoneNumbers() {
        return telephoneNumbers;
    }

    public static final class Builder {
        private final ExternalTnsOrder o = new ExternalTnsOrder();

        public Builder customerOrderId(String id) {
            o.customerOrderId = id;
            return this;
        }

        public Builder site(int siteId, int sipPeerId) {
            o.siteId = siteId;
            o.sipPeerId = sipPeerId;
            return this;
        }

        public Builder action(Action action) {
            o.action = action;
            return this;
        }

        public Builder loaType(String loaType) {
            o.loaType = loaType;
            return this;
        }

        public Builder telephoneNumbers(List<String> tns) {
            o.telephoneNumbers.addAll(tns);
            return this;
        }

        public Builder telephoneNumber(String tn) {
            o.telephoneNumbers.add(tn);
            return this;
        }

        public ExternalTnsOrder build() {
            return o;
        }
    }
}
