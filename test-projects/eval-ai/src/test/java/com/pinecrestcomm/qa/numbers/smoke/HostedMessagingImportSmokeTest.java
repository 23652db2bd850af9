package com.pinecrestcomm.qa.numbers.smoke;

import com.pinecrestcomm.qa.numbers.payload.ImportOrderXml;
import com.pinecrestcomm.qa.numbers.payload.ImportOrderXml.SubscriberInfo;
import com.pinecrestcomm.qa.numbers.support.ApiSpecs;
import com.pinecrestcomm.qa.numbers.support.Fixtures;
import com.pinecrestcomm.qa.numbers.support.TestEnv;
import com.pinecrestcomm.qa.numbers.support.TestNumbers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

@Tag("smoke")
class HostedMessagingImportSmokeTest {

    private static final SubscriberInfo QA_SUBSCRIBER =
            new SubscriberInfo("Pinecrest QA", "900", "Main Campus Dr", "Raleigh", "NC", "27606");

    private final TestEnv env = TestEnv.current();

    @Test
    void importsNumbersForMessaging() {
        String location = given()
                .spec(ApiSpecs.dashboard())
                .body(Fixtures.read("requests/import-tn-order.xml"))
            .when()
                .post("/accounts/{accountId}/importTnOrders")
            .then()
                .statusCode(201)
                .extract().header("Location");

        String orderId = location.substring(location.lastIndexOf('/') + 1);

        given()
                .spec(ApiSpecs.dashboard())
                .pathParam("orderId", orderId)
            .when()
                .get("/accounts/{accountId}/importTnOrders/{orderId}/history")
            .then()
                .statusCode(200)
                .body("OrderHistoryWrapper.OrderHistory[0].Status", not(emptyOrNullString()));
    }

    @Test
    void removesImportedNumbers() {
        given()
                .spec(ApiSpecs.dashboard())
                .body(Fixtures.read("requests/remove-imported-tn-order.xml"))
            .when()
                .post("/accounts/{accountId}/removeImportedTnOrders")
            .then()
                .statusCode(201);
    }

    @Test
    void importsOnV2() {
        String body = ImportOrderXml.importOrder("qa-hm-v2", env.siteId(), env.sipPeerId(), QA_SUBSCRIBER,
                TestNumbers.HOSTED_MESSAGING_BATCH);
        given()
                .spec(ApiSpecs.dashboardV2())
                .body(body)
            .when()
                .post("/accounts/{accountId}/importTnOrders/messaging")
            .then()
                .statusCode(201);
    }

    @Test
    void importCheckerAcceptsBatch() {
        String checker = """
                <ImportTnCheckerPayload>
                    <TelephoneNumbers>
                        <TelephoneNumber>9195550147</TelephoneNumber>
                    </TelephoneNumbers>
                </ImportTnCheckerPayload>
                """;
        given()
                .spec(ApiSpecs.dashboard())
                .body(checker)
            .when()
                .post("/accounts/{accountId}/importTnChecker")
            .then()
                .statusCode(200)
                .body("ImportTnCheckerResponse.ImportTnErrors.size()", equalTo(0));
    }
}
