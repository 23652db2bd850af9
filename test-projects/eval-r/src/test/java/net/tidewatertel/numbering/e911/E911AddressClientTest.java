package net.tidewatertel.numbering.e911;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import net.tidewatertel.numbering.support.DashboardStub;
import net.tidewatertel.numbering.support.Fixtures;
import net.tidewatertel.numbering.support.TestConfigs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class E911AddressClientTest {

  private static final String ADDRESSES = DashboardStub.ACCOUNT_PATH + "/addresses";

  private DashboardStub stub;
  private E911AddressClient client;

  @BeforeEach
  void setUp(Vertx vertx, VertxTestContext ctx) {
    stub = new DashboardStub(vertx);
    stub.start().onComplete(ctx.succeeding(port -> {
      client = TestConfigs.injector(vertx, TestConfigs.forStub(stub)).getInstance(E911AddressClient.class);
      ctx.completeNow();
    }));
  }

  @AfterEach
  void tearDown(VertxTestContext ctx) {
    stub.stop().onComplete(ctx.succeedingThenComplete());
  }

  @Test
  void listsTheAccountsE911Addresses(VertxTestContext ctx) {
    stub.respond(GET, ADDRESSES, 200, Fixtures.read("fixtures/e911-addresses.xml"));

    client.list().onComplete(ctx.succeeding(addresses -> ctx.verify(() -> {
      assertThat(addresses).hasSize(2);
      assertThat(addresses.get(1).zip5()).isEqualTo(23510);
      assertThat(stub.lastRequest().path()).isEqualTo("/api/accounts/9900417/addresses");
      assertThat(stub.lastRequest().queryParam("size")).isEqualTo("250");
      ctx.completeNow();
    })));
  }

  @Test
  void readsOneAddress(VertxTestContext ctx) {
    stub.respond(GET, ADDRESSES + "/ad-2231", 200, """
        <Address>
            <AddressId>ad-2231</AddressId>
            <HouseNumber>1200</HouseNumber>
            <StreetName>Volvo Pkwy</StreetName>
            <City>Chesapeake</City>
            <StateCode>VA</StateCode>
            <Zip>23320</Zip>
        </Address>
        """);

    client.get("ad-2231").onComplete(ctx.succeeding(address -> ctx.verify(() -> {
      assertThat(address.getCity()).isEqualTo("Chesapeake");
      ctx.completeNow();
    })));
  }

  @Test
  void deletesThroughTheEndpointTemplate(VertxTestContext ctx) {
    stub.respond(DELETE, "/api/accounts/9900417/addresses/ad-2232", 200, "");

    client.delete("ad-2232").onComplete(ctx.succeeding(v -> ctx.verify(() -> {
      assertThat(stub.lastRequest().method()).isEqualTo("DELETE");
      ctx.completeNow();
    })));
  }
}
