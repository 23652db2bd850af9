package com.pinecrestcomm.qa.numbers.smoke;

import com.pinecrestcomm.qa.numbers.payload.SipPeerTnPayloads;
import com.pinecrestcomm.qa.numbers.support.ApiSpecs;
import com.pinecrestcomm.qa.numbers.support.TestEnv;
import com.pinecrestcomm.qa.numbers.support.TestNumbers;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;

/**
 * Location (SIP peer) level settings of single numbers.
 */
@Tag("smoke")
class SipPeerTnSmokeTest {

    private static final String FORWARD_TO = "+19195550190";

    private RequestSpecification location() {
        TestEnv env = TestEnv.current();
        return given()
                .spec(ApiSpecs.dashboard())
                .pathParam("siteId", env.siteId())
                .pathParam("sipPeerId", env.sipPeerId());
    }

    @ParameterizedTest(name = "sms={1} on {0}")
    @CsvSource({
            "9195550140, true",
            "9845550141, false"
    })
    void togglesSmsOnLocation(String tn, boolean sms) {
        String body = """
                <SipPeerTelephoneNumber>
                    <FullNumber>%s</FullNumber>
                    <MessagingSettings><SmsEnabled>%s</SmsEnabled></MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn, sms);

        location()
                .pathParam("tn", tn)
                .body(body)
            .when()
                .put("/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}")
            .then()
                .statusCode(200);
    }

    @Test
    void setsCallForward() {
        location()
                .body(SipPeerTnPayloads.callForwardOnly(TestNumbers.SMOKE_TN_2, FORWARD_TO))
            .when()
                .put("/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns/9845550190")
            .then()
                .statusCode(200);
    }

    @Test
    void readsTnSettings() {
        location()
                .pathParam("tn", TestNumbers.SMOKE_TN)
            .when()
                .get("/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}")
            .then()
                .statusCode(200);
    }
}
