package io.github.irismigrate.recipes;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openrewrite.DocumentExample;
import org.openrewrite.java.JavaParser;
import org.openrewrite.kotlin.KotlinParser;
import org.openrewrite.test.RecipeSpec;
import org.openrewrite.test.RewriteTest;
import org.openrewrite.test.TypeValidation;

import static org.openrewrite.java.Assertions.java;
import static org.openrewrite.kotlin.Assertions.kotlin;

class SdkEndpointStuckOnV1Test implements RewriteTest {

    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipe(new SdkEndpointStuckOnV1())
          .parser(JavaParser.fromJavaVersion().classpath("bandwidth-java-iris-sdk"));
    }

    @DocumentExample
    @Test
    void importTnOrderCreate() {
        rewriteRun(
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.ImportTnOrder;
              import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
              class Importer {
                  ImportTnOrdersResponse importNumbers(IrisClient client, ImportTnOrder order) throws Exception {
                      return ImportTnOrder.Create(client, order);
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.ImportTnOrder;
              import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
              class Importer {
                  ImportTnOrdersResponse importNumbers(IrisClient client, ImportTnOrder order) throws Exception {
                      return /*~~([BW011] ImportTnOrder.Create sends to /accounts/{id}/importTnOrders, which v2 moved to /importTnOrders/messaging, and the SDK has no route there; make the request through the client instead: client.post(client.buildAccountModelUri(new String[]{"importTnOrders", "messaging"}), order))~~>*/ImportTnOrder.Create(client, order);
                  }
              }
              """
          )
        );
    }

    /** A method reference to the SDK's call, handed to a retry helper, is the same call made later. */
    @Test
    void methodReferenceHandedToARetryHelper() {
        rewriteRun(
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.ImportTnOrder;
              import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
              class History {
                  interface SdkCall<T> { T call(IrisClient client, String id) throws Exception; }
                  OrderHistoryWrapper history(IrisClient client, String id) throws Exception {
                      SdkCall<OrderHistoryWrapper> call = ImportTnOrder::GetHistory;
                      SdkCall<String> other = History::label;
                      return call.call(client, id);
                  }
                  static String label(IrisClient client, String id) { return id; }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.ImportTnOrder;
              import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
              class History {
                  interface SdkCall<T> { T call(IrisClient client, String id) throws Exception; }
                  OrderHistoryWrapper history(IrisClient client, String id) throws Exception {
                      SdkCall<OrderHistoryWrapper> call = /*~~([BW011] ImportTnOrder.GetHistory sends to /accounts/{id}/importTnOrders, which v2 moved to /importTnOrders/messaging, and the SDK has no route there; make the request through the client instead: client.get(client.buildAccountModelUri(new String[]{"importTnOrders", "messaging", orderId, "history"}), OrderHistoryWrapper.class))~~>*/ImportTnOrder::GetHistory;
                      SdkCall<String> other = History::label;
                      return call.call(client, id);
                  }
                  static String label(IrisClient client, String id) { return id; }
              }
              """
          )
        );
    }

    @Test
    void everyStaticCallOfBothCollections() {
        rewriteRun(
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.ImportTnOrder;
              import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
              import java.util.Map;
              class Orders {
                  void all(IrisClient client, RemoveImportedTnOrder removal, Map<String, Object> query, String id) throws Exception {
                      ImportTnOrder.List(client, query);
                      ImportTnOrder.Get(client, id);
                      ImportTnOrder.GetHistory(client, id);
                      ImportTnOrder.GetLoas(client, id);
                      RemoveImportedTnOrder.Create(client, removal);
                      RemoveImportedTnOrder.Get(client, id);
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.ImportTnOrder;
              import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
              import java.util.Map;
              class Orders {
                  void all(IrisClient client, RemoveImportedTnOrder removal, Map<String, Object> query, String id) throws Exception {
                      /*~~([BW011] ImportTnOrder.List sends to /accounts/{id}/importTnOrders, which v2 moved to /importTnOrders/messaging, and the SDK has no route there; make the request through the client instead: client.get(client.buildAccountModelUri(new String[]{"importTnOrders", "messaging"}, query), ImportTnOrders.class))~~>*/ImportTnOrder.List(client, query);
                      /*~~([BW011] ImportTnOrder.Get sends to /accounts/{id}/importTnOrders, which v2 moved to /importTnOrders/messaging, and the SDK has no route there; make the request through the client instead: client.get(client.buildAccountModelUri(new String[]{"importTnOrders", "messaging", orderId}), ImportTnOrder.class))~~>*/ImportTnOrder.Get(client, id);
                      /*~~([BW011] ImportTnOrder.GetHistory sends to /accounts/{id}/importTnOrders, which v2 moved to /importTnOrders/messaging, and the SDK has no route there; make the request through the client instead: client.get(client.buildAccountModelUri(new String[]{"importTnOrders", "messaging", orderId, "history"}), OrderHistoryWrapper.class))~~>*/ImportTnOrder.GetHistory(client, id);
                      /*~~([BW011] ImportTnOrder.GetLoas sends to /accounts/{id}/importTnOrders, which v2 moved to /importTnOrders/messaging, and the SDK has no route there; make the request through the client instead: the same request through client.get/post/put/delete on client.buildAccountModelUri(new String[]{"importTnOrders", "messaging", orderId, "loas", ...}))~~>*/ImportTnOrder.GetLoas(client, id);
                      /*~~([BW011] RemoveImportedTnOrder.Create sends to /accounts/{id}/removeImportedTnOrders, which v2 moved to /removeImportedTnOrders/messaging, and the SDK has no route there; make the request through the client instead: client.post(client.buildAccountModelUri(new String[]{"removeImportedTnOrders", "messaging"}), order))~~>*/RemoveImportedTnOrder.Create(client, removal);
                      /*~~([BW011] RemoveImportedTnOrder.Get sends to /accounts/{id}/removeImportedTnOrders, which v2 moved to /removeImportedTnOrders/messaging, and the SDK has no route there; make the request through the client instead: client.get(client.buildAccountModelUri(new String[]{"removeImportedTnOrders", "messaging", orderId}), RemoveImportedTnOrder.class))~~>*/RemoveImportedTnOrder.Get(client, id);
                  }
              }
              """
          )
        );
    }

    @Test
    void fullyQualifiedAndStaticallyImportedCalls() {
        rewriteRun(
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import static com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.GetHistory;
              class Qualified {
                  void calls(IrisClient client, String id) throws Exception {
                      com.bandwidth.iris.sdk.model.ImportTnOrder.Get(client, id);
                      GetHistory(client, id);
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import static com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.GetHistory;
              class Qualified {
                  void calls(IrisClient client, String id) throws Exception {
                      /*~~([BW011] ImportTnOrder.Get sends to /accounts/{id}/importTnOrders, which v2 moved to /importTnOrders/messaging, and the SDK has no route there; make the request through the client instead: client.get(client.buildAccountModelUri(new String[]{"importTnOrders", "messaging", orderId}), ImportTnOrder.class))~~>*/com.bandwidth.iris.sdk.model.ImportTnOrder.Get(client, id);
                      /*~~([BW011] RemoveImportedTnOrder.GetHistory sends to /accounts/{id}/removeImportedTnOrders, which v2 moved to /removeImportedTnOrders/messaging, and the SDK has no route there; make the request through the client instead: client.get(client.buildAccountModelUri(new String[]{"removeImportedTnOrders", "messaging", orderId, "history"}), OrderHistoryWrapper.class))~~>*/GetHistory(client, id);
                  }
              }
              """
          )
        );
    }

    @Test
    void sdkNotOnTheClasspathMatchedByImportAndSimpleName() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion()).typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.ImportTnOrder;
              class NoClasspath {
                  Object create(IrisClient client, ImportTnOrder order) throws Exception {
                      return ImportTnOrder.Create(client, order);
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.ImportTnOrder;
              class NoClasspath {
                  Object create(IrisClient client, ImportTnOrder order) throws Exception {
                      return /*~~([BW011] ImportTnOrder.Create sends to /accounts/{id}/importTnOrders, which v2 moved to /importTnOrders/messaging, and the SDK has no route there; make the request through the client instead: client.post(client.buildAccountModelUri(new String[]{"importTnOrders", "messaging"}), order))~~>*/ImportTnOrder.Create(client, order);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.*;
              class NoClasspathWildcard {
                  Object list(IrisClient client, java.util.Map<String, Object> query) throws Exception {
                      return RemoveImportedTnOrder.List(client, query);
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.*;
              class NoClasspathWildcard {
                  Object list(IrisClient client, java.util.Map<String, Object> query) throws Exception {
                      return /*~~([BW011] RemoveImportedTnOrder.List sends to /accounts/{id}/removeImportedTnOrders, which v2 moved to /removeImportedTnOrders/messaging, and the SDK has no route there; make the request through the client instead: client.get(client.buildAccountModelUri(new String[]{"removeImportedTnOrders", "messaging"}, query), RemoveImportedTnOrders.class))~~>*/RemoveImportedTnOrder.List(client, query);
                  }
              }
              """
          )
        );
    }

    @Test
    void reportOnlyFlagsTheSame() {
        rewriteRun(
          spec -> spec.recipe(new SdkEndpointStuckOnV1(true)),
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
              class Remover {
                  void remove(IrisClient client, RemoveImportedTnOrder order) throws Exception {
                      RemoveImportedTnOrder.Create(client, order);
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.RemoveImportedTnOrder;
              class Remover {
                  void remove(IrisClient client, RemoveImportedTnOrder order) throws Exception {
                      /*~~([BW011] RemoveImportedTnOrder.Create sends to /accounts/{id}/removeImportedTnOrders, which v2 moved to /removeImportedTnOrders/messaging, and the SDK has no route there; make the request through the client instead: client.post(client.buildAccountModelUri(new String[]{"removeImportedTnOrders", "messaging"}), order))~~>*/RemoveImportedTnOrder.Create(client, order);
                  }
              }
              """
          )
        );
    }

    @Test
    void staticImportAndQualifiedCallWithoutTheSdkOnTheClasspath() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion()).typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import static com.bandwidth.iris.sdk.model.ImportTnOrder.Create;
              class StaticImport {
                  Object a(Object client, Object order) throws Exception { return Create(client, order); }
                  Object b(Object client, Object order) throws Exception { return com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.Create(client, order); }
              }
              """,
            """
              import static com.bandwidth.iris.sdk.model.ImportTnOrder.Create;
              class StaticImport {
                  Object a(Object client, Object order) throws Exception { return /*~~([BW011] ImportTnOrder.Create sends to /accounts/{id}/importTnOrders, which v2 moved to /importTnOrders/messaging, and the SDK has no route there; make the request through the client instead: client.post(client.buildAccountModelUri(new String[]{"importTnOrders", "messaging"}), order))~~>*/Create(client, order); }
                  Object b(Object client, Object order) throws Exception { return /*~~([BW011] RemoveImportedTnOrder.Create sends to /accounts/{id}/removeImportedTnOrders, which v2 moved to /removeImportedTnOrders/messaging, and the SDK has no route there; make the request through the client instead: client.post(client.buildAccountModelUri(new String[]{"removeImportedTnOrders", "messaging"}), order))~~>*/com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.Create(client, order); }
              }
              """
          )
        );
    }

    @Nested
    class NoChange {

        @Test
        void instanceMethodsConstructorsAndOtherSdkCalls() {
            rewriteRun(
              //language=java
              java(
                """
                  import com.bandwidth.iris.sdk.IrisClient;
                  import com.bandwidth.iris.sdk.model.ImportTnChecker;
                  import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
                  import com.bandwidth.iris.sdk.model.ImportTnOrder;
                  class Fine {
                      String build(IrisClient client, ImportTnCheckerPayload payload) throws Exception {
                          ImportTnOrder order = new ImportTnOrder();
                          order.setCustomerOrderId("abc");
                          ImportTnChecker.Check(client, payload);
                          return order.getCustomerOrderId();
                      }
                      void raw(IrisClient client, ImportTnOrder order) throws Exception {
                          client.post(client.buildAccountModelUri(new String[]{"importTnOrders", "messaging"}), order);
                      }
                  }
                  """
              )
            );
        }

        @Test
        void anotherProductsImportTnOrder() {
            rewriteRun(
              //language=java
              java(
                """
                  package com.acme.telecom;
                  public class ImportTnOrder {
                      public static ImportTnOrder Create(Object client, ImportTnOrder order) { return order; }
                      public static ImportTnOrder Get(Object client, String id) { return null; }
                  }
                  """
              ),
              //language=java
              java(
                """
                  import com.acme.telecom.ImportTnOrder;
                  class Acme {
                      void call(Object client, ImportTnOrder order) {
                          ImportTnOrder.Create(client, order);
                          ImportTnOrder.Get(client, "1");
                      }
                  }
                  """
              )
            );
        }

        @Test
        void sameSimpleNameWithoutTheSdkImport() {
            rewriteRun(
              spec -> spec.parser(JavaParser.fromJavaVersion()).typeValidationOptions(TypeValidation.none()),
              //language=java
              java(
                """
                  import com.acme.orders.RemoveImportedTnOrder;
                  class Unrelated {
                      Object call(Object client, String id) {
                          return RemoveImportedTnOrder.Get(client, id);
                      }
                  }
                  """
              )
            );
        }

        @Test
        void commentsAndJavadoc() {
            rewriteRun(
              //language=java
              java(
                """
                  /**
                   * Wraps ImportTnOrder.Create(client, order), which posts to /importTnOrders.
                   */
                  class Documented {
                      // ImportTnOrder.List(client, query) is stuck on v1
                      String name = "ImportTnOrder.Create";
                  }
                  """
              )
            );
        }
    }

    @Nested
    class Kotlin implements RewriteTest {
        @Override
        public void defaults(RecipeSpec spec) {
            spec.recipe(new SdkEndpointStuckOnV1()).parser(KotlinParser.builder().classpath("bandwidth-java-iris-sdk"));
        }

        @Test
        void sdkCallsFromKotlin() {
            rewriteRun(
              //language=kotlin
              kotlin(
                """
                  package com.acme.iris

                  import com.bandwidth.iris.sdk.IrisClient
                  import com.bandwidth.iris.sdk.model.ImportTnOrder

                  class HostedMessaging(private val client: IrisClient) {
                      fun order(id: String): ImportTnOrder = ImportTnOrder.Get(client, id)
                  }
                  """,
                """
                  package com.acme.iris

                  import com.bandwidth.iris.sdk.IrisClient
                  import com.bandwidth.iris.sdk.model.ImportTnOrder

                  class HostedMessaging(private val client: IrisClient) {
                      fun order(id: String): ImportTnOrder = /*~~([BW011] ImportTnOrder.Get sends to /accounts/{id}/importTnOrders, which v2 moved to /importTnOrders/messaging, and the SDK has no route there; make the request through the client instead: client.get(client.buildAccountModelUri(new String[]{"importTnOrders", "messaging", orderId}), ImportTnOrder.class))~~>*/ImportTnOrder.Get(client, id)
                  }
                  """
              )
            );
        }
    }
}
