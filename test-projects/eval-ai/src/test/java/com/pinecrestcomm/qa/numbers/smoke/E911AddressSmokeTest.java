package com.pinecrestcomm.qa.numbers.smoke;

import com.pinecrestcomm.qa.numbers.support.ApiSpecs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

@Tag("smoke")
class E911AddressSmokeTest {

    @Test
    void listsE911Addresses() {
        given()
                .spec(ApiSpecs.dashboard())
            .when()
                .get("/accounts/{accountId}/addresses")
            .then()
                .statusCode(200)
                .body("Addresses.Address.size()", greaterThan(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8a7c21f0", "0d94e3b2"})
    void fetchesSingleAddress(String addressId) {
        given()
                .spec(ApiSpecs.dashboard())
            .when()
                .get("/accounts/{accountId}/addresses/" + addressId)
            .then()
                .statusCode(200)
                .body("Address.HouseNumber", notNullValue());
    }

    @Test
    void listsE911AddressesOnV2() {
        given()
                .spec(ApiSpecs.dashboardV2())
            .when()
                .get("/accounts/{accountId}/e911Addresses")
            .then()
                .statusCode(200);
    }

    @Test
    void reusableAddressesResourceOnV2() {
        // v2 gives /addresses to the new reusable-address resource; this check is about that one
        given()
                .spec(ApiSpecs.dashboardV2())
            .when()
                .get("/accounts/{accountId}/addresses")
            .then()
                .statusCode(200);
    }
}
