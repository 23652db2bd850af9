package net.tidewatertel.numbering.inventory;

import static io.vertx.core.http.HttpMethod.GET;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.util.List;
import net.tidewatertel.numbering.store.NumberStore;
import net.tidewatertel.numbering.support.DashboardStub;
import net.tidewatertel.numbering.support.Fixtures;
import net.tidewatertel.numbering.support.RecordedRequest;
import net.tidewatertel.numbering.support.TestConfigs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class InventorySyncServiceTest {

  private DashboardStub stub;
  private Injector injector;

  @BeforeEach
  void startStub(Vertx vertx, VertxTestContext ctx) {
    stub = new DashboardStub(vertx);
    stub.start().onComplete(ctx.succeeding(port -> {
      injector = TestConfigs.injector(vertx, TestConfigs.forStub(stub));
      ctx.completeNow();
    }));
  }

  @AfterEach
  void stopStub(VertxTestContext ctx) {
    stub.stop().onComplete(ctx.succeedingThenComplete());
  }

  @Test
  void mirrorsTheInServiceNumbersOfEachManagedAreaCode(VertxTestContext ctx) {
    stub.respond(GET, DashboardStub.ACCOUNT_PATH + "/inserviceNumbers", 200,
        Fixtures.read("fixtures/inservice-numbers-page1.xml"));
    InventorySyncService sync = injector.getInstance(InventorySyncService.class);

    sync.syncAll().onComplete(ctx.succeeding(count -> ctx.verify(() -> {
      assertThat(count).isEqualTo(3);
      RecordedRequest request = stub.lastRequest();
      assertThat(request.method()).isEqualTo("GET");
      assertThat(request.queryParam("areaCode")).isEqualTo("757");
      assertThat(request.queryParam("size")).isEqualTo("500");
      assertThat(request.header("Authorization")).startsWith("Basic ");
      ctx.completeNow();
    })));
  }

  @Test
  void keepsOnlyTenDigitNumbers(VertxTestContext ctx) {
    InventorySyncService sync = injector.getInstance(InventorySyncService.class);
    NumberStore store = injector.getInstance(NumberStore.class);

    sync.save(List.of("7575550123", "+17575550124", "75755"))
        .compose(saved -> store.findByTn("7575550123").map(found -> {
          assertThat(saved).isEqualTo(1);
          return found;
        }))
        .onComplete(ctx.succeeding(found -> ctx.verify(() -> {
          assertThat(found).isPresent();
          assertThat(found.get().npa()).isEqualTo(757);
          ctx.completeNow();
        })));
  }
}
