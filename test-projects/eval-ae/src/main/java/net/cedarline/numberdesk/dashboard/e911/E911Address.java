package net.cedarline.numberdesk.dashboard.e911;

/** An E911 service address as the Dashboard stores it. */
public record E911Address(String id, String houseNumber, String streetName, String city,
                          String stateCode, String zip, String country) {

    public String oneLine() {
        return houseNumber + " " + streetName + ", " + city + ", " + stateCode + " " + zip;
    }
}
