package net.cascadiatel.provisioning.numbers.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** Response bodies of the Dashboard number searches and orders, as read by the raw clients. */
public final class AvailableNumbersXml {

    private AvailableNumbersXml() {
    }

    /** Body of GET .../availableNumbers. */
    @JacksonXmlRootElement(localName = "SearchResult")
    public static class SearchResult {

        @JacksonXmlProperty(localName = "ResultCount")
        private int resultCount;

        @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
        @JacksonXmlProperty(localName = "TelephoneNumber")
        private List<String> telephoneNumbers = new ArrayList<>();

        @JacksonXmlElementWrapper(localName = "TelephoneNumberDetailList")
        @JacksonXmlProperty(localName = "TelephoneNumberDetail")
        private List<TnDetail> details = new ArrayList<>();

        public int getResultCount() {
            return resultCount;
        }

        public void setResultCount(int resultCount) {
            this.resultCount = resultCount;
        }

        public List<String> getTelephoneNumbers() {
            return telephoneNumbers;
        }

        public void setTelephoneNumbers(List<String> telephoneNumbers) {
            this.telephoneNumbers = telephoneNumbers;
        }

        public List<TnDetail> getDetails() {
            return details;
        }

        public void setDetails(List<TnDetail> details) {
            this.details = details;
        }
    }

    /** One TelephoneNumberDetail of a search with enableTNDetail=true. */
    public static class TnDetail {

        @JacksonXmlProperty(localName = "FullNumber")
        private long fullNumber;

        @JacksonXmlProperty(localName = "City")
        private String city;

        @JacksonXmlProperty(localName = "LATA")
        private String lata;

        @JacksonXmlProperty(localName = "RateCenter")
        private String rateCenter;

        @JacksonXmlProperty(localName = "State")
        private String state;

        @JacksonXmlProperty(localName = "Tier")
        private String tier;

        public long getFullNumber() {
            return fullNumber;
        }

        public void setFullNumber(long fullNumber) {
            this.fullNumber = fullNumber;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }

        public String getLata() {
            return lata;
        }

        public void setLata(String lata) {
            this.lata = lata;
        }

        public String getRateCenter() {
            return rateCenter;
        }

        public void setRateCenter(String rateCenter) {
            this.rateCenter = rateCenter;
        }

        public String getState() {
            return state;
        }

        public void setState(String state) {
            this.state = state;
        }

        public String getTier() {
            return tier;
        }

        public void setTier(String tier) {
            this.tier = tier;
        }
    }

    /** One AvailableNpaNxx element of GET .../availableNpaNxx. */
    public static class NpaNxxBlock {

        @JacksonXmlProperty(localName = "City")
        private String city;

        @JacksonXmlProperty(localName = "Npa")
        private Integer npa;

        @JacksonXmlProperty(localName = "Nxx")
        private String nxx;

        @JacksonXmlProperty(localName = "Quantity")
        private int quantity;

        @JacksonXmlProperty(localName = "State")
        private String state;

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }

        public Integer getNpa() {
            return npa;
        }

        public void setNpa(Integer npa) {
            this.npa = npa;
        }

        public String getNxx() {
            return nxx;
        }

        public void setNxx(String nxx) {
            this.nxx = nxx;
        }

        public int getQuantity() {
            return quantity;
        }

        public void setQuantity(int quantity) {
            this.quantity = quantity;
        }

        public String getState() {
            return state;
        }

        public void setState(String state) {
            this.state = state;
        }
    }

    /** AreaCodeSearchAndOrderType as echoed back in an OrderResponse. */
    public static class OrderAreaCode {

        @JacksonXmlProperty(localName = "AreaCode")
        private int areaCode;

        @JacksonXmlProperty(localName = "Quantity")
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
}
