package com.pinecrestcomm.qa.numbers.smoke;

import com.pinecrestcomm.qa.numbers.config.BandwidthHosts;
import com.pinecrestcomm.qa.numbers.support.ApiSpecs;
import com.pinecrestcomm.qa.numbers.support.TestEnv;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Smoke checks of the non-Dashboard products the platform relies on.
 */
@Tag("smoke")
class OtherBandwidthApisSmokeTest {

    private final TestEnv env = TestEnv.current();

    @Test
    void sendsSmsThroughMessagingApi() {
        given()
                .spec(ApiSpecs.messaging())
                .body("""
                        {"to": ["+19195551234"], "from": "+19195550147", "text": "qa smoke", "applicationId": "%s"}
                        """.formatted(env.messagingApplicationId()))
            .when()
                .post(BandwidthHosts.MESSAGES_PATH)
            .then()
                .statusCode(202)
                .body("id", notNullValue());
    }

    @Test
    void messagingRejectsNationalFormat() {
        given()
                .spec(ApiSpecs.messaging())
                .body(Map.of("to", List.of("9195551234"), "from", "9195550147", "text", "qa smoke",
                        "applicationId", env.messagingApplicationId()))
            .when()
                .post(BandwidthHosts.MESSAGES_PATH)
            .then()
                .statusCode(400);
    }

    @Test
    void createsOutboundCall() {
        given()
                .baseUri("https://voice.bandwidth.com/api/v2")
                .auth().preemptive().basic(env.user(), env.password())
                .pathParam("accountId", env.accountId())
                .contentType(ContentType.JSON)
                .body(Map.of("from", "+19195550147", "to", "+19195551234",
                        "answerUrl", "https://qa-hooks.pinecrestcomm.com/api/voice/answer"))
            .when()
                .post("/accounts/{accountId}/calls")
            .then()
                .statusCode(201);
    }

    @Test
    void mfaVoiceCode() {
        given()
                .baseUri("https://mfa.bandwidth.com/api/v1")
                .auth().preemptive().basic(env.user(), env.password())
                .pathParam("accountId", env.accountId())
                .contentType(ContentType.JSON)
                .body(Map.of("to", "+19195551234", "from", "+19195550147", "scope", "qa",
                        "message", "Your code is {CODE}", "digits", 6))
            .when()
                .post("/accounts/{accountId}/code/voice")
            .then()
                .statusCode(200);
    }

    @Test
    void numberLookup() {
        given()
                .baseUri("https://api.bandwidth.com/v2")
                .auth().preemptive().basic(env.user(), env.password())
                .pathParam("accountId", env.accountId())
                .contentType(ContentType.JSON)
                .body(Map.of("phoneNumbers", List.of("+19195551234")))
            .when()
                .post("/accounts/{accountId}/phoneNumberLookup")
            .then()
                .statusCode(202);
    }

    @Test
    void tollFreeVerificationWebhooks() {
        given()
                .auth().preemptive().basic(env.user(), env.password())
                .pathParam("accountId", env.accountId())
            .when()
                .get(BandwidthHosts.TOLL_FREE_WEBHOOKS)
            .then()
                .statusCode(200);
    }
}
