package com.pinecrestcomm.qa.numbers.smoke;

import com.pinecrestcomm.qa.numbers.payload.TnOptionOrderXml;
import com.pinecrestcomm.qa.numbers.support.ApiSpecs;
import com.pinecrestcomm.qa.numbers.support.Fixtures;
import com.pinecrestcomm.qa.numbers.support.TestNumbers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@Tag("smoke")
class TnOptionsSmokeTest {

    @Test
    void enablesSmsThroughTnOptions() {
        given()
                .spec(ApiSpecs.dashboard())
                .body(Fixtures.read("requests/tn-option-order.xml"))
            .when()
                .post("/accounts/{accountId}/tnoptions")
            .then()
                .statusCode(201)
                .body("TnOptionOrderResponse.TnOptionOrder.ProcessingStatus", equalTo("RECEIVED"));
    }

    @Test
    void disablesSmsForBatch() {
        String body = TnOptionOrderXml.smsToggle(List.of(TestNumbers.SMOKE_TN, "9845550191"), false);
        given()
                .spec(ApiSpecs.dashboard())
                .body(body)
            .when()
                .post("/accounts/{accountId}/tnoptions")
            .then()
                .statusCode(201);
    }

    @Test
    void legacyStackStillAnswers() {
        given()
                .spec(ApiSpecs.dashboardTestStack())
                .queryParam("status", "COMPLETE")
            .when()
                .get("/accounts/{accountId}/tnoptions")
            .then()
                .statusCode(200);
    }
}
