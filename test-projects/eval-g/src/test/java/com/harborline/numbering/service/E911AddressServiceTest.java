package com.harborline.numbering.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harborline.numbering.config.DashboardSettings;
import org.junit.jupiter.api.Test;

class E911AddressServiceTest {

    private static final String BASE = "https://dashboard.bandwidth.com/api";

    @Test
    void listUrlPointsAtAccountAddressBook() {
        E911AddressService service =
                new E911AddressService(DashboardSettings.of(BASE, "9900001", "svc", "secret"), null);

        assertEquals(BASE + "/accounts/9900001/addresses", service.listUrl());
    }

    @Test
    void geocoderIsOurOwnService() {
        assertEquals("https://geo.harborline.io/v1/addresses:validate", E911AddressService.GEOCODER_URL);
    }
}
