package io.github.irismigrate.recipes;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openrewrite.DocumentExample;
import org.openrewrite.java.JavaParser;
import org.openrewrite.test.RecipeSpec;
import org.openrewrite.test.RewriteTest;
import org.openrewrite.test.SourceSpecs;

import static org.openrewrite.java.Assertions.java;
import static org.openrewrite.xml.Assertions.xml;

class LegacyNumberFormatTest implements RewriteTest {

    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipe(new LegacyNumberFormat(null, "LEGACY"))
          .parser(JavaParser.fromJavaVersion().classpath("bandwidth-java-iris-sdk"));
    }

    @DocumentExample
    @Test
    void callbackSubscriptionInATextBlock() {
        rewriteRun(
          //language=java
          java(
            """
              class Subscriptions {
                  static final String URL = "https://dashboard.bandwidth.com/api/v2/accounts/1/subscriptions";
                  String body(String callbackUrl) {
                      return \"""
                          <Subscription>
                            <OrderType>orders</OrderType>
                            <CallbackSubscription>
                              <URL>%s</URL>
                              <Expiry>3122064000</Expiry>
                              <CallbackCredentials>
                                <BasicAuthentication><Username>u</Username><Password>p</Password></BasicAuthentication>
                              </CallbackCredentials>
                            </CallbackSubscription>
                          </Subscription>
                          \""".formatted(callbackUrl);
                  }
              }
              """,
            """
              class Subscriptions {
                  static final String URL = "https://dashboard.bandwidth.com/api/v2/accounts/1/subscriptions";
                  String body(String callbackUrl) {
                      return \"""
                          <Subscription>
                            <OrderType>orders</OrderType>
                            <CallbackSubscription>
                              <URL>%s</URL>
                              <Expiry>3122064000</Expiry>
                              <NumberFormat>LEGACY</NumberFormat>
                              <CallbackCredentials>
                                <BasicAuthentication><Username>u</Username><Password>p</Password></BasicAuthentication>
                              </CallbackCredentials>
                            </CallbackSubscription>
                          </Subscription>
                          \""".formatted(callbackUrl);
                  }
              }
              """
          )
        );
    }

    @Test
    void concatenatedSubscriptionsAndAReportInstance() {
        rewriteRun(
          //language=java
          java(
            """
              class Notifications {
                  String callback(String url) {
                      return "<Subscription><OrderType>portins</OrderType><CallbackSubscription><URL>" + url
                          + "</URL></CallbackSubscription></Subscription>";
                  }
                  String email() {
                      return "<Subscription><OrderType>orders</OrderType><EmailSubscription><Email>ops@acme.com</Email>"
                          + "<DigestRequested>NONE</DigestRequested></EmailSubscription></Subscription>";
                  }
                  String report() {
                      return \"""
                          <Instance>
                            <OutputFormat>csv</OutputFormat>
                            <Parameters>
                              <Parameter><Name>Account</Name><Value>1</Value></Parameter>
                            </Parameters>
                          </Instance>
                          \""";
                  }
              }
              """,
            """
              class Notifications {
                  String callback(String url) {
                      return "<Subscription><OrderType>portins</OrderType><CallbackSubscription><URL>" + url
                          + "</URL><NumberFormat>LEGACY</NumberFormat></CallbackSubscription></Subscription>";
                  }
                  String email() {
                      return "<Subscription><OrderType>orders</OrderType><EmailSubscription><Email>ops@acme.com</Email>"
                          + "<DigestRequested>NONE</DigestRequested><NumberFormat>LEGACY</NumberFormat></EmailSubscription></Subscription>";
                  }
                  String report() {
                      return \"""
                          <Instance>
                            <OutputFormat>csv</OutputFormat>
                            <NumberFormat>LEGACY</NumberFormat>
                            <Parameters>
                              <Parameter><Name>Account</Name><Value>1</Value></Parameter>
                            </Parameters>
                          </Instance>
                          \""";
                  }
              }
              """
          )
        );
    }

    @Test
    void xmlResources() {
        rewriteRun(
          xml(
            """
              <Subscription>
                <OrderType>orders</OrderType>
                <CallbackSubscription>
                  <URL>https://hooks.acme.com/bw</URL>
                  <Expiry>3122064000</Expiry>
                </CallbackSubscription>
              </Subscription>
              """,
            """
              <Subscription>
                <OrderType>orders</OrderType>
                <CallbackSubscription>
                  <URL>https://hooks.acme.com/bw</URL>
                  <Expiry>3122064000</Expiry>
                  <NumberFormat>LEGACY</NumberFormat>
                </CallbackSubscription>
              </Subscription>
              """,
            spec -> spec.path("src/main/resources/iris/subscription.xml")
          ),
          xml(
            """
              <Instance>
                <OutputFormat>pdf</OutputFormat>
                <ExpiresAt>2020-11-25</ExpiresAt>
              </Instance>
              """,
            """
              <Instance>
                <OutputFormat>pdf</OutputFormat>
                <NumberFormat>LEGACY</NumberFormat>
                <ExpiresAt>2020-11-25</ExpiresAt>
              </Instance>
              """,
            spec -> spec.path("src/main/resources/iris/report-instance.xml")
          )
        );
    }

    @Test
    void sdkCallbackSubscriptionHasNoSetter() {
        rewriteRun(
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.CallbackSubscription;
              import com.bandwidth.iris.sdk.model.Subscription;
              class SdkSubscriptions {
                  void subscribe(IrisClient client) throws Exception {
                      CallbackSubscription callback = new CallbackSubscription();
                      callback.setURL("https://hooks.acme.com/bw");
                      Subscription subscription = new Subscription();
                      subscription.setOrderType("orders");
                      subscription.setCallbackSubscription(callback);
                      Subscription.create(client, subscription);
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.CallbackSubscription;
              import com.bandwidth.iris.sdk.model.Subscription;
              class SdkSubscriptions {
                  void subscribe(IrisClient client) throws Exception {
                      CallbackSubscription callback = /*~~([BW010] v2 sends callback and email notification numbers in E.164 unless the subscription asks for LEGACY; the Iris SDK's CallbackSubscription has no NumberFormat setter (1.12), so create this subscription with a raw request (IrisClient.post to the subscriptions URI with <NumberFormat>LEGACY</NumberFormat> inside <CallbackSubscription>), or handle E.164 numbers in the callback handler)~~>*/new CallbackSubscription();
                      callback.setURL("https://hooks.acme.com/bw");
                      Subscription subscription = new Subscription();
                      subscription.setOrderType("orders");
                      subscription.setCallbackSubscription(callback);
                      Subscription.create(client, subscription);
                  }
              }
              """
          )
        );
    }

    @Test
    void jaxbModelWithASetter() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.iris.model;
              public class CallbackSubscription {
                  private String url;
                  private String numberFormat;
                  public void setUrl(String url) { this.url = url; }
                  public void setNumberFormat(String numberFormat) { this.numberFormat = numberFormat; }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              import com.acme.iris.model.CallbackSubscription;
              class Subscriber {
                  CallbackSubscription callback(String url) {
                      CallbackSubscription callback = new CallbackSubscription();
                      callback.setUrl(url);
                      return callback;
                  }
              }
              """,
            """
              package com.acme.iris;
              import com.acme.iris.model.CallbackSubscription;
              class Subscriber {
                  CallbackSubscription callback(String url) {
                      CallbackSubscription callback = new CallbackSubscription();
                      callback.setNumberFormat("LEGACY");
                      callback.setUrl(url);
                      return callback;
                  }
              }
              """
          )
        );
    }

    @Test
    void legacyComposite() {
        rewriteRun(
          spec -> spec.recipeFromResources("io.github.irismigrate.MigrateToApiV2LegacyNumberFormat"),
          xml(
            """
              <Subscription>
                <CallbackSubscription>
                  <URL>https://hooks.acme.com/bw</URL>
                </CallbackSubscription>
              </Subscription>
              """,
            """
              <Subscription>
                <CallbackSubscription>
                  <URL>https://hooks.acme.com/bw</URL>
                  <NumberFormat>LEGACY</NumberFormat>
                </CallbackSubscription>
              </Subscription>
              """,
            spec -> spec.path("src/main/resources/iris/subscription.xml")
          )
        );
    }

    @Nested
    class NoChange {
        @Test
        void migrateCompositeLeavesSubscriptionsAlone() {
            rewriteRun(spec -> spec.recipeFromResources("io.github.irismigrate.MigrateToApiV2"), SUBSCRIPTION_XML);
        }

        private static final SourceSpecs SUBSCRIPTION_XML = xml(
          """
            <Subscription>
              <OrderType>orders</OrderType>
              <CallbackSubscription>
                <URL>https://hooks.acme.com/bw</URL>
              </CallbackSubscription>
            </Subscription>
            """,
          spec -> spec.path("src/main/resources/iris/subscription.xml")
        );

        @Test
        void nothingUnlessLegacyIsChosen() {
            rewriteRun(
              spec -> spec.recipe(new LegacyNumberFormat()),
              SUBSCRIPTION_XML,
              //language=java
              java(
                """
                  import com.bandwidth.iris.sdk.model.CallbackSubscription;
                  class Sdk {
                      Object cb() { return new CallbackSubscription(); }
                      String body() { return "<Subscription><CallbackSubscription><URL>u</URL></CallbackSubscription></Subscription>"; }
                  }
                  """
              )
            );
        }

        @Test
        void e164OptionChangesNothing() {
            rewriteRun(spec -> spec.recipe(new LegacyNumberFormat(null, "E164")), SUBSCRIPTION_XML);
        }

        @Test
        void alreadyHasANumberFormat() {
            rewriteRun(
              //language=java
              java(
                """
                  class Done {
                      String a() { return "<Subscription><CallbackSubscription><URL>u</URL><NumberFormat>E164</NumberFormat></CallbackSubscription></Subscription>"; }
                      String b() { return "<Instance><OutputFormat>csv</OutputFormat><NumberFormat>LEGACY</NumberFormat></Instance>"; }
                  }
                  """
              ),
              xml(
                """
                  <Subscription>
                    <CallbackSubscription>
                      <URL>https://hooks.acme.com/bw</URL>
                      <NumberFormat>LEGACY</NumberFormat>
                    </CallbackSubscription>
                  </Subscription>
                  """,
                spec -> spec.path("src/main/resources/iris/subscription.xml")
              )
            );
        }

        @Test
        void lookAlikes() {
            rewriteRun(
              //language=java
              java(
                """
                  class Other {
                      String a() { return "<Subscription><OrderType>orders</OrderType><OrderId>1</OrderId></Subscription>"; }
                      String b() { return "<Instance><Name>db-1</Name><Region>us-east</Region></Instance>"; }
                      String c() { return "<CallbackSubscription><URL>u</URL></CallbackSubscription>"; }
                  }
                  """
              ),
              xml(
                """
                  <Instance>
                    <Name>db-1</Name>
                  </Instance>
                  """,
                spec -> spec.path("src/main/resources/cloud/instance.xml")
              )
            );
        }
    }
}
