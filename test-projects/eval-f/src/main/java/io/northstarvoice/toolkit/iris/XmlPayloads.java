package io.northstarvoice.toolkit.iris;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

import java.util.List;

/** Jackson-XML records for the Dashboard payloads we send and read. */
public final class XmlPayloads {

    public static final XmlMapper XML = (XmlMapper) new XmlMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private XmlPayloads() {
    }

    public static String write(Object payload) {
        try {
            return XML.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + payload.getClass().getSimpleName(), e);
        }
    }

    public static <T> T read(String xml, Class<T> type) {
        try {
            return XML.readValue(xml, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot parse " + type.getSimpleName(), e);
        }
    }

    @JacksonXmlRootElement(localName = "Order")
    public record OrderPayload(
            @JacksonXmlProperty(localName = "CustomerOrderId") String customerOrderId,
            @JacksonXmlProperty(localName = "SiteId") String siteId,
            @JacksonXmlProperty(localName = "PartialAllowed") boolean partialAllowed,
            @JacksonXmlProperty(localName = "ExistingTelephoneNumberOrderType") ExistingNumbers existing) {
    }

    public record ExistingNumbers(
            @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
            @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {
    }

    @JacksonXmlRootElement(localName = "ImportTnOrder")
    public record ImportTnOrderPayload(
            @JacksonXmlProperty(localName = "CustomerOrderId") String customerOrderId,
            @JacksonXmlProperty(localName = "SiteId") String siteId,
            @JacksonXmlProperty(localName = "SipPeerId") String sipPeerId,
            @JacksonXmlProperty(localName = "LoaAuthorizingPerson") String loaAuthorizingPerson,
            @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
            @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {
    }

    @JacksonXmlRootElement(localName = "RemoveImportedTnOrder")
    public record RemoveImportedTnOrderPayload(
            @JacksonXmlProperty(localName = "CustomerOrderId") String customerOrderId,
            @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
            @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {
    }

    @JacksonXmlRootElement(localName = "ExternalTnsOrder")
    public record ExternalTnsOrderPayload(
            @JacksonXmlProperty(localName = "CustomerOrderId") String customerOrderId,
            @JacksonXmlProperty(localName = "SiteId") String siteId,
            @JacksonXmlProperty(localName = "SipPeerId") String sipPeerId,
            @JacksonXmlProperty(localName = "Action") String action,
            @JacksonXmlElementWrapper(localName = "TelephoneNumbers")
            @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record E911Address(
            @JacksonXmlProperty(localName = "AddressId") String id,
            @JacksonXmlProperty(localName = "HouseNumber") String houseNumber,
            @JacksonXmlProperty(localName = "StreetName") String streetName,
            @JacksonXmlProperty(localName = "City") String city,
            @JacksonXmlProperty(localName = "StateCode") String stateCode,
            @JacksonXmlProperty(localName = "Zip") String zip) {
    }

    /** One row of an availableNpaNxx answer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NpaNxxBlock(
            @JacksonXmlProperty(localName = "Npa") int areaCode,
            @JacksonXmlProperty(localName = "Nxx") String exchange,
            @JacksonXmlProperty(localName = "City") String city,
            @JacksonXmlProperty(localName = "State") String state,
            @JacksonXmlProperty(localName = "Quantity") int quantity) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NpaNxxSearchResult(
            @JacksonXmlProperty(localName = "AvailableNpaNxxList") NpaNxxList list) {

        public List<NpaNxxBlock> blocks() {
            return list == null || list.blocks() == null ? List.of() : list.blocks();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NpaNxxList(
            @JacksonXmlElementWrapper(useWrapping = false)
            @JacksonXmlProperty(localName = "AvailableNpaNxx") List<NpaNxxBlock> blocks) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InServiceNumbers(
            @JacksonXmlProperty(localName = "TotalCount") int totalCount,
            @JacksonXmlProperty(localName = "TelephoneNumbers") NumberList numbers) {

        public List<String> telephoneNumbers() {
            return numbers == null || numbers.telephoneNumbers() == null ? List.of() : numbers.telephoneNumbers();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NumberList(
            @JacksonXmlElementWrapper(useWrapping = false)
            @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {
    }
}
