package com.pinecrestcomm.qa.numbers.smoke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pinecrestcomm.qa.numbers.client.DashboardPaths;
import com.pinecrestcomm.qa.numbers.payload.OrderXmlBuilder;
import com.pinecrestcomm.qa.numbers.support.ApiSpecs;
import com.pinecrestcomm.qa.numbers.support.Fixtures;
import com.pinecrestcomm.qa.numbers.support.RequestRecorder;
import com.pinecrestcomm.qa.numbers.support.TestEnv;
import com.pinecrestcomm.qa.numbers.support.TestNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@Tag("smoke")
class OrdersSmokeTest {

    private final TestEnv env = TestEnv.current();

    @BeforeEach
    void resetRecorder() {
        RequestRecorder.instance().clear();
    }

    static Stream<List<String>> existingNumbers() {
        return Stream.of(
                List.of("9195550131"),
                List.of(TestNumbers.SMOKE_TN));
    }

    static Stream<List<String>> batchFromTestData() throws Exception {
        JsonNode data = new ObjectMapper().readTree(Fixtures.read("requests/smoke-numbers.json"));
        List<String> batch = new ArrayList<>();
        data.path("orderBatch").forEach(n -> batch.add(n.asText()));
        return Stream.of(batch);
    }

    @ParameterizedTest
    @MethodSource({"existingNumbers", "batchFromTestData"})
    void ordersExistingNumbers(List<String> tns) {
        String body = OrderXmlBuilder.order()
                .site(env.siteId())
                .peer(env.sipPeerId())
                .partialAllowed(false)
                .numbers(tns)
                .build();

        given()
                .spec(ApiSpecs.dashboard())
                .body(body)
            .when()
                .post("/accounts/{accountId}/orders")
            .then()
                .statusCode(201)
                .body("OrderResponse.OrderStatus", equalTo("RECEIVED"));

        assertThat(RequestRecorder.instance().last().body()).contains("<TelephoneNumber>" + tns.get(0));
    }

    @Test
    void ordersFromTemplate() {
        given()
                .spec(ApiSpecs.dashboard())
                .body(Fixtures.read("requests/order-existing-tns.xml"))
            .when()
                .post(DashboardPaths.ORDERS)
            .then()
                .statusCode(201)
                .body("OrderResponse.Order.ExistingTelephoneNumberOrderType.TelephoneNumberList.TelephoneNumber",
                        hasItem("9195550160"));
    }

    @Test
    void areaCodeOrder() {
        String body = OrderXmlBuilder.order()
                .site(env.siteId())
                .customerOrderId("qa-npa-919")
                .areaCode("919", 1)
                .build();
        given()
                .spec(ApiSpecs.dashboard())
                .body(body)
                .post(DashboardPaths.ORDERS)
            .then()
                .statusCode(201);
    }

    @Test
    void portabilityCheck() {
        String body = "<NumberPortabilityRequest><TnList><Tn>%s</Tn></TnList></NumberPortabilityRequest>"
                .formatted(TestNumbers.PORTING_TN);
        given()
                .spec(ApiSpecs.dashboard())
                .queryParam("fullCheck", "true")
                .body(body)
                .post("/accounts/{accountId}/lnpchecker")
            .then()
                .statusCode(200);
    }

    @Test
    void ordersWithCustomerReference() {
        String body = OrderXmlBuilder.order()
                .site(env.siteId())
                .customerOrderId("8845120068")
                .number("+19195550133")
                .build();
        given()
                .spec(ApiSpecs.dashboardV2())
                .body(body)
                .post("/accounts/{accountId}/orders")
            .then()
                .statusCode(201);
    }
}
