package com.harborline.porting.model;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record AddressView(String id, String houseNumber, String streetName, String city,
                          String stateCode, String zip, String areaCode) {
}
