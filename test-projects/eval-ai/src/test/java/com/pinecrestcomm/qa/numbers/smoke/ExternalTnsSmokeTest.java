package com.pinecrestcomm.qa.numbers.smoke;

import com.pinecrestcomm.qa.numbers.support.ApiSpecs;
import com.pinecrestcomm.qa.numbers.support.Fixtures;
import com.pinecrestcomm.qa.numbers.support.TestEnv;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.oneOf;

/**
 * "Bring your own numbers" for messaging (externalTns).
 */
@Tag("smoke")
class ExternalTnsSmokeTest {

    @Test
    void importsExternalNumbers() {
        String orderId = given()
                .spec(ApiSpecs.dashboard())
                .body(Fixtures.read("requests/external-tns-order.xml"))
            .when()
                .post("/accounts/{accountId}/externalTns")
            .then()
                .statusCode(201)
                .extract().xmlPath().getString("ExternalTnsOrderResponse.ExternalTnsOrder.OrderId");

        given()
                .spec(ApiSpecs.dashboard())
                .pathParam("orderId", orderId)
            .when()
                .get("/accounts/{accountId}/externalTns/{orderId}")
            .then()
                .statusCode(200)
                .body("ExternalTnsOrder.ProcessingStatus", oneOf("RECEIVED", "PROCESSING", "COMPLETE"));
    }

    @Test
    void listsCompletedExternalOrders() {
        String path = String.format("/accounts/%s/externalTns?status=%s", TestEnv.current().accountId(), "COMPLETE");
        given()
                .spec(ApiSpecs.dashboard())
                .urlEncodingEnabled(false)
            .when()
                .get(path)
            .then()
                .statusCode(200);
    }
}
