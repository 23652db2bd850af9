package com.pinecrestcomm.qa.numbers.smoke;

import com.pinecrestcomm.qa.numbers.support.ApiSpecs;
import com.pinecrestcomm.qa.numbers.support.TestEnv;
import com.pinecrestcomm.qa.numbers.util.AreaCodes;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@Tag("smoke")
class InserviceNumbersSmokeTest {

    /** Page size used to fetch "everything"; the API caps it server-side. */
    private static final int UNBOUNDED_PAGE = 2147483647;

    static Stream<Arguments> heldAreaCodes() {
        return Stream.of(
                arguments("919", 3),
                arguments("704", 1),
                arguments("336", 1));
    }

    @ParameterizedTest(name = "at least {1} numbers held in {0}")
    @MethodSource("heldAreaCodes")
    void inserviceNumbersByAreaCode(String npa, int minimum) {
        Response response = given()
                .spec(ApiSpecs.dashboard())
                .queryParam("areacode", npa)
                .queryParam("size", 500)
                .get("/accounts/{accountId}/inserviceNumbers");

        List<String> tns = response.then().statusCode(200)
                .extract().xmlPath().getList("TNs.TelephoneNumbers.TelephoneNumber");
        assertThat(tns).hasSizeGreaterThanOrEqualTo(minimum);
        tns.forEach(tn -> assertThat(tn.substring(0, 3)).isEqualTo(npa));
    }

    @Test
    void siteLevelInserviceNumbers() {
        String first = given()
                .spec(ApiSpecs.dashboard())
                .pathParam("siteId", TestEnv.current().siteId())
                .queryParam("areaCode", "919")
                .get("/accounts/{accountId}/sites/{siteId}/inserviceNumbers")
            .then()
                .statusCode(200)
                .extract().xmlPath().getString("TNs.TelephoneNumbers.TelephoneNumber[0]");

        int areaCode = Integer.parseInt(first.substring(0, 3));
        assertThat(areaCode).isEqualTo(AreaCodes.RALEIGH);
    }

    @Test
    void fullInventoryFitsInOnePage() {
        int total = given()
                .spec(ApiSpecs.dashboard())
                .queryParam("size", UNBOUNDED_PAGE)
                .get("/accounts/{accountId}/inserviceNumbers")
            .then()
                .statusCode(200)
                .extract().xmlPath().getInt("TNs.TotalCount");
        assertThat(total).isPositive();
    }
}
