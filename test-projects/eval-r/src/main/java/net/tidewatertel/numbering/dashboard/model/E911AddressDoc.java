package net.tidewatertel.numbering.dashboard.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * An E911 service address as the Dashboard stores it.
 */
@JacksonXmlRootElement(localName = "Address")
public class E911AddressDoc {

  @JacksonXmlProperty(localName = "AddressId")
  private String addressId;

  @JacksonXmlProperty(localName = "HouseNumber")
  private String houseNumber;

  @JacksonXmlProperty(localName = "StreetName")
  private String streetName;

  @JacksonXmlProperty(localName = "City")
  private String city;

  @JacksonXmlProperty(localName = "StateCode")
  private String stateCode;

  @JacksonXmlProperty(localName = "Zip")
  private String zip;

  @JacksonXmlProperty(localName = "Country")
  private String country = "US";

  @JacksonXmlProperty(localName = "AddressType")
  private String addressType = "Service";

  public E911AddressDoc() {
  }

  public E911AddressDoc(String houseNumber, String streetName, String city, String stateCode, String zip) {
    this.houseNumber = houseNumber;
    this.streetName = streetName;
    this.city = city;
    this.stateCode = stateCode;
    this.zip = zip;
  }

  public String getAddressId() {
    return addressId;
  }

  public void setAddressId(String addressId) {
    this.addressId = addressId;
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

  public String getCountry() {
    return country;
  }

  public String getAddressType() {
    return addressType;
  }

  /** ZIP+4 is not accepted by the PSAP lookup, keep the five-digit part. */
  public int zip5() {
    return Integer.parseInt(zip.length() > 5 ? zip.substring(0, 5) : zip);
  }
}
