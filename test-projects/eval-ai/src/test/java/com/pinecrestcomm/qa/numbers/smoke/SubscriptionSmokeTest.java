package com.pinecrestcomm.qa.numbers.smoke;

import com.pinecrestcomm.qa.numbers.support.ApiSpecs;
import com.pinecrestcomm.qa.numbers.support.Fixtures;
import com.pinecrestcomm.qa.numbers.support.TestEnv;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/**
 * Notification subscriptions and report instances: the two places where the number format of
 * what we receive can be chosen.
 */
@Tag("smoke")
class SubscriptionSmokeTest {

    @Test
    void createsOrderCallbackSubscription() {
        String body = Fixtures.read("templates/subscription-orders.xml")
                .replace("${IRIS_CB_SECRET}", System.getenv().getOrDefault("IRIS_CB_SECRET", "local"));
        given()
                .spec(ApiSpecs.dashboard())
                .body(body)
            .when()
                .post("/accounts/{accountId}/subscriptions")
            .then()
                .statusCode(201)
                .header("Location", containsString("/subscriptions/"));
    }

    @Test
    void createsEmailSubscription() {
        given()
                .spec(ApiSpecs.dashboard())
                .body("""
                        <Subscription>
                            <OrderType>portins</OrderType>
                            <EmailSubscription>
                                <Email>qa-numbers@pinecrestcomm.com</Email>
                                <DigestRequested>NONE</DigestRequested>
                            </EmailSubscription>
                        </Subscription>
                        """)
            .when()
                .post("/accounts/{accountId}/subscriptions")
            .then()
                .statusCode(201);
    }

    @Test
    void createsLegacyFormatSubscription() {
        given()
                .spec(ApiSpecs.dashboardV2())
                .body("""
                        <Subscription>
                            <OrderType>importtnorders</OrderType>
                            <CallbackSubscription>
                                <URL>https://qa-hooks.pinecrestcomm.com/api/iris/callbacks</URL>
                                <Expiry>3122064000</Expiry>
                                <NumberFormat>LEGACY</NumberFormat>
                            </CallbackSubscription>
                        </Subscription>
                        """)
            .when()
                .post("/accounts/{accountId}/subscriptions")
            .then()
                .statusCode(201);
    }

    @Test
    void requestsInventoryReportInstance() {
        given()
                .spec(ApiSpecs.dashboard())
                .pathParam("reportId", "tn-inventory")
                .body("""
                        <Instance>
                            <OutputFormat>csv</OutputFormat>
                            <Parameters>
                                <Parameter>
                                    <Name>Account</Name>
                                    <Value>%s</Value>
                                </Parameter>
                            </Parameters>
                        </Instance>
                        """.formatted(TestEnv.current().accountId()))
            .when()
                .post("/accounts/{accountId}/reports/{reportId}/instances")
            .then()
                .statusCode(201);
    }
}
