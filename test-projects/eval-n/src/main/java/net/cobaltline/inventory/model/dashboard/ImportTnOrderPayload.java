package net.cobaltline.inventory.model.dashboard;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.ArrayList;
import java.util.List;

@XmlRootElement(name = "ImportTnOrder")
@XmlAccessorType(XmlAccessType.FIELD)
public class ImportTnOrderPayload {

    @XmlElement(name = "OrderId")
    private String orderId;

    @XmlElement(name = "CustomerOrderId")
    private String customerOrderId;

    @XmlElement(name = "SiteId")
    private String siteId;

    @XmlElement(name = "SipPeerId")
    private String sipPeerId;

    @XmlElement(name = "Subscriber")
    private Subscriber subscriber;

    @XmlElement(name = "LoaAuthorizingPerson")
    private String loaAuthorizingPerson;

    @XmlElement(name = "LoaType")
    private String loaType;

    @XmlElement(name = "ProcessingStatus")
    private String processingStatus;

    @XmlElementWrapper(name = "TelephoneNumbers")
    @XmlElement(name = "TelephoneNumber")
    private List<String> telephoneNumbers = new ArrayList<>();

    public String getOrderId() {
        return orderId;
    }

    public String getCustomerOrderId() {
        return customerOrderId;
    }

    public void setCustomerOrderId(String customerOrderId) {
        this.customerOrderId = customerOrderId;
    }

    public String getSiteId() {
        return siteId;
    }

    public void setSiteId(String siteId) {
        this.siteId = siteId;
    }

    public String getSipPeerId() {
        return sipPeerId;
    }

    public void setSipPeerId(String sipPeerId) {
        this.sipPeerId = sipPeerId;
    }

    public Subscriber getSubscriber() {
        return subscriber;
    }

    public void setSubscriber(Subscriber subscriber) {
        this.subscriber = subscriber;
    }

    public String getLoaAuthorizingPerson() {
        return loaAuthorizingPerson;
    }

    public void setLoaAuthorizingPerson(String loaAuthorizingPerson) {
        this.loaAuthorizingPerson = loaAuthorizingPerson;
    }

    public String getLoaType() {
        return loaType;
    }

    public void setLoaType(String loaType) {
        this.loaType = loaType;
    }

    public String getProcessingStatus() {
        return processingStatus;
    }

    public List<String> getTelephoneNumbers() {
        return telephoneNumbers;
    }

    public void setTelephoneNumbers(List<String> telephoneNumbers) {
        this.telephoneNumbers = new ArrayList<>(telephoneNumbers);
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Subscriber {
        @XmlElement(name = "Name")
        private String name;
        @XmlElement(name = "ServiceAddress")
        private ServiceAddress serviceAddress;

        public Subscriber() {
        }

        public Subscriber(String name, ServiceAddress serviceAddress) {
            this.name = name;
            this.serviceAddress = serviceAddress;
        }

        public String getName() {
            return name;
        }

        public ServiceAddress getServiceAddress() {
            return serviceAddress;
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class ServiceAddress {
        @XmlElement(name = "HouseNumber")
        private String houseNumber;
        @XmlElement(name = "StreetName")
        private String streetName;
        @XmlElement(name = "City")
        private String city;
        @XmlElement(name = "StateCode")
        private String stateCode;
        @XmlElement(name = "Zip")
        private String zip;

        public ServiceAddress() {
        }

        public ServiceAddress(String houseNumber, String streetName, String city, String stateCode, String zip) {
            this.houseNumber = houseNumber;
            this.streetName = streetName;
            this.city = city;
            this.stateCode = stateCode;
            this.zip = zip;
        }

        public String getHouseNumber() {
            return houseNumber;
        }

        public String getStreetName() {
            return streetName;
        }

        public String getCity() {
            return city;
        }

        public String getStateCode() {
            return stateCode;
        }

        public String getZip() {
            return zip;
        }
    }
}
