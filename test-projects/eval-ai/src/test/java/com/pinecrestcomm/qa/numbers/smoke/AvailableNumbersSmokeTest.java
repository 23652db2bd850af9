package com.pinecrestcomm.qa.numbers.smoke;

import com.pinecrestcomm.qa.numbers.client.DashboardPaths;
import com.pinecrestcomm.qa.numbers.model.AvailableNumber;
import com.pinecrestcomm.qa.numbers.support.ApiSpecs;
import com.pinecrestcomm.qa.numbers.util.AreaCodes;
import io.restassured.path.xml.XmlPath;
import io.restassured.path.xml.element.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

@Tag("smoke")
class AvailableNumbersSmokeTest {

    @ParameterizedTest(name = "area code {0}")
    @ValueSource(ints = {919, 704, 336})
    void returnsNumbersForAreaCode(int areaCode) {
        List<String> tns = given()
                .spec(ApiSpecs.dashboard())
                .queryParam("areaCode", areaCode)
                .queryParam("quantity", 5)
            .when()
                .get("/accounts/{accountId}/availableNumbers")
            .then()
                .statusCode(200)
                .extract().xmlPath().getList("SearchResult.TelephoneNumberList.TelephoneNumber");

        assertThat(tns).isNotEmpty()
                .allSatisfy(tn -> assertThat(tn).hasSize(10).startsWith(String.valueOf(areaCode)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "919, NC, 5",
            "704, NC, 3",
            "803, SC, 2"
    })
    void searchWithStateFilter(String areaCode, String state, int quantity) {
        String body = given()
                .spec(ApiSpecs.dashboard())
                .queryParams(Map.of("areaCode", areaCode, "state", state, "quantity", quantity))
                .get(DashboardPaths.AVAILABLE_NUMBERS)
            .then()
                .statusCode(200)
                .extract().asString();

        List<String> numbers = XmlPath.from(body).getList("SearchResult.TelephoneNumberList.TelephoneNumber");
        assertThat(numbers).hasSizeLessThanOrEqualTo(quantity)
                .allMatch(tn -> tn.matches("[0-9]{10}"));
    }

    @Test
    void searchWithCountryCodeOnV2() {
        given()
                .spec(ApiSpecs.dashboardV2())
                .queryParam("countryCodeA3", "USA")
                .queryParam("areaCode", "919")
                .queryParam("quantity", 2)
            .when()
                .get("/accounts/{accountId}/availableNumbers")
            .then()
                .statusCode(200)
                .body("SearchResult.TelephoneNumberList.TelephoneNumber[0]", startsWith("+1919"));
    }

    @Test
    void detailedSearchReturnsRateCenters() {
        XmlPath xml = given()
                .spec(ApiSpecs.dashboard())
                .queryParam("areaCode", AreaCodes.RALEIGH)
                .queryParam("enableTNDetail", true)
                .queryParam("quantity", 3)
                .get(DashboardPaths.AVAILABLE_NUMBERS)
            .then()
                .statusCode(200)
                .extract().xmlPath();

        List<Node> details = xml.getList("SearchResult.TelephoneNumberDetailList.TelephoneNumberDetail", Node.class);
        List<AvailableNumber> found = details.stream()
                .map(d -> AvailableNumber.fromDetail(d.getPath("FullNumber"), d.getPath("City"),
                        d.getPath("RateCenter"), d.getPath("State"), d.getPath("LATA")))
                .toList();

        assertThat(found).extracting(AvailableNumber::getFullNumber)
                .allMatch(n -> n >= 2_000_000_000L && n <= 9_999_999_999L);
        assertThat(found).extracting(AvailableNumber::getState).containsOnly("NC");
    }
}
