package net.tidewatertel.numbering.inventory;

import static io.vertx.core.http.HttpMethod.GET;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import net.tidewatertel.numbering.support.DashboardStub;
import net.tidewatertel.numbering.support.Fixtures;
import net.tidewatertel.numbering.support.TestConfigs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class NumberSearchServiceTest {

  private DashboardStub stub;
  private NumberSearchService search;

  @BeforeEach
  void setUp(Vertx vertx, VertxTestContext ctx) {
    stub = new DashboardStub(vertx);
    stub.start().onComplete(ctx.succeeding(port -> {
      search = TestConfigs.injector(vertx, TestConfigs.forStub(stub)).getInstance(NumberSearchService.class);
      ctx.completeNow();
    }));
  }

  @Test
  void groupsAvailableExchangesByAreaCode(VertxTestContext ctx) {
    stub.respond(GET, DashboardStub.ACCOUNT_PATH + "/availableNpaNxx", 200, Fixtures.read("fixtures/available-npanxx.xml"));

    search.exchangesByAreaCode("757").onComplete(ctx.succeeding(byNpa -> ctx.verify(() -> {
      assertThat(byNpa).hasSize(1);
      assertThat(byNpa.values().iterator().next()).containsExactly("555", "412");
      assertThat(stub.lastRequest().query()).isEqualTo("areaCode=757");
      ctx.completeNow();
    })));
  }

  @Test
  void extractsNumbersFromSearchResult() {
    String body = """
        <SearchResult>
            <ResultCount>2</ResultCount>
            <TelephoneNumberList>
                <TelephoneNumber>7575550191</TelephoneNumber>
                <TelephoneNumber>7575550192</TelephoneNumber>
            </TelephoneNumberList>
        </SearchResult>
        """;
    assertThat(NumberSearchService.telephoneNumbers(body)).hasSize(2);
  }
}
