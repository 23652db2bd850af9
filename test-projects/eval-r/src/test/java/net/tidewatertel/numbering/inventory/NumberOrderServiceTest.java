package net.tidewatertel.numbering.inventory;

import static io.vertx.core.http.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import net.tidewatertel.numbering.support.DashboardStub;
import net.tidewatertel.numbering.support.Fixtures;
import net.tidewatertel.numbering.support.TestConfigs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class NumberOrderServiceTest {

  private static final String ORDER_ID = "47955555-67aa-4adb-8c0f-b6894e60c0dc";

  private DashboardStub stub;
  private NumberOrderService orders;

  @BeforeEach
  void setUp(Vertx vertx, VertxTestContext ctx) {
    stub = new DashboardStub(vertx);
    stub.start().onComplete(ctx.succeeding(port -> {
      Injector injector = TestConfigs.injector(vertx, TestConfigs.forStub(stub));
      orders = injector.getInstance(NumberOrderService.class);
      stub.respondCreated(POST, DashboardStub.ACCOUNT_PATH + "/orders",
          "https://dashboard.bandwidth.com/api/accounts/9900417/orders/" + ORDER_ID);
      ctx.completeNow();
    }));
  }

  @AfterEach
  void tearDown(VertxTestContext ctx) {
    stub.stop().onComplete(ctx.succeedingThenComplete());
  }

  @Test
  void ordersTheNumbersTheCustomerPicked(VertxTestContext ctx) {
    orders.orderExisting("CRM-88121", List.of("7575550147", "7575550148"))
        .onComplete(ctx.succeeding(id -> ctx.verify(() -> {
          assertThat(id).isEqualTo(ORDER_ID);
          String body = stub.lastRequest().body();
          assertThat(body).contains("<CustomerOrderId>CRM-88121</CustomerOrderId>");
          assertThat(body).contains("<TelephoneNumber>7575550147</TelephoneNumber>");
          assertThat(stub.lastRequest().header("Content-Type")).isEqualTo("application/xml");
          ctx.completeNow();
        })));
  }

  @Test
  void sendsTheExistingNumberOrderType(VertxTestContext ctx) {
    String expected = Fixtures.compact("""
        <ExistingTelephoneNumberOrderType>
            <TelephoneNumberList>
                <TelephoneNumber>8045550133</TelephoneNumber>
            </TelephoneNumberList>
        </ExistingTelephoneNumberOrderType>
        """);
    orders.orderExisting("CRM-88123", List.of("8045550133"))
        .onComplete(ctx.succeeding(id -> ctx.verify(() -> {
          assertThat(Fixtures.compact(stub.lastRequest().body())).contains(expected);
          ctx.completeNow();
        })));
  }

  @Test
  void ordersByAreaCode(VertxTestContext ctx) {
    orders.orderByAreaCode("CRM-88124", 757, 5)
        .onComplete(ctx.succeeding(id -> ctx.verify(() -> {
          String body = stub.lastRequest().body();
          assertThat(body).contains("<AreaCodeSearchAndOrderType><AreaCode>757</AreaCode><Quantity>5</Quantity>");
          assertThat(body).contains("<PartialAllowed>true</PartialAllowed>");
          ctx.completeNow();
        })));
  }
}
