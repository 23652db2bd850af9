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
import static org.openrewrite.json.Assertions.json;
import static org.openrewrite.properties.Assertions.properties;
import static org.openrewrite.xml.Assertions.xml;
import static org.openrewrite.yaml.Assertions.yaml;

class TenDigitNumberSentTest implements RewriteTest {

    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipe(new TenDigitNumberSent())
          .parser(JavaParser.fromJavaVersion().classpath("bandwidth-java-iris-sdk"));
    }

    /**
     * A payload builder of the project's own that appends each number of its list parameter to a StringBuilder made
     * with a capacity ({@code new StringBuilder(256).append("<Order>")}), in a loop or a {@code forEach} lambda, whose
     * text a client posts to the Dashboard: the numbers a test hands it are sent.
     */
    @Test
    void numbersATestHandsToAPayloadBuilderOfAStringBuilderWithACapacity() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.iris;
              import java.util.List;
              public final class OrderPayloads {
                  public static String existingNumbers(String orderId, List<String> tns) {
                      StringBuilder xml = new StringBuilder(256)
                              .append("<Order>")
                              .append("<CustomerOrderId>").append(orderId).append("</CustomerOrderId>")
                              .append("<ExistingTelephoneNumberOrderType><TelephoneNumberList>");
                      for (String tn : tns) {
                          xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
                      }
                      return xml.append("</TelephoneNumberList></ExistingTelephoneNumberOrderType></Order>").toString();
                  }
                  public static String disconnect(String orderId, List<String> tns) {
                      StringBuilder xml = new StringBuilder("<DisconnectTelephoneNumberOrder>")
                              .append("<DisconnectTelephoneNumberOrderType><TelephoneNumberList>");
                      tns.forEach(tn -> xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
                      return xml.append("</TelephoneNumberList></DisconnectTelephoneNumberOrderType></DisconnectTelephoneNumberOrder>").toString();
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              import java.util.List;
              class OrderActivities {
                  static final String ACCOUNT = "https://dashboard.bandwidth.com/api/v2/accounts/9900417";
                  String order(List<String> tns) {
                      return post(ACCOUNT + "/orders", OrderPayloads.existingNumbers("o-1", tns));
                  }
                  String disconnect(List<String> tns) {
                      return post(ACCOUNT + "/disconnects", OrderPayloads.disconnect("d-1", tns));
                  }
                  private String post(String url, String body) { return url + body; }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              import java.util.List;
              class OrderPayloadsTest {
                  void existing() {
                      List<String> tns = List.of(
                              "6672286710",
                              "5756186700");
                      String xml = OrderPayloads.existingNumbers("acme-1", tns);
                  }
                  void disconnect() {
                      String xml = OrderPayloads.disconnect("acme-3", List.of("19195550150"));
                  }
              }
              """,
            """
              package com.acme.iris;
              import java.util.List;
              class OrderPayloadsTest {
                  void existing() {
                      List<String> tns = List.of(
                              "+16672286710",
                              "+15756186700");
                      String xml = OrderPayloads.existingNumbers("acme-1", tns);
                  }
                  void disconnect() {
                      String xml = OrderPayloads.disconnect("acme-3", List.of("+19195550150"));
                  }
              }
              """,
            spec -> spec.path("src/test/java/com/acme/iris/OrderPayloadsTest.java")
          )
        );
    }

    /**
     * A number given as a Commons HttpClient 3 query pair ({@code new NameValuePair("tn", "7573820911")}) to a
     * Dashboard client of the project's own, directly or through a method's parameter: flagged on the number, with
     * the encoding the query needs. A pair named for something else ({@code "invoice"}) stays.
     */
    @Test
    void numberGivenAsAQueryPair() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("commons-httpclient")),
          //language=java
          java(
            """
              import org.apache.commons.httpclient.HttpClient;
              import org.apache.commons.httpclient.NameValuePair;
              import org.apache.commons.httpclient.methods.GetMethod;
              class PortIns {
                  static final String PORTINS = "https://dashboard.bandwidth.com/api/v2/accounts/9900417/portins";
                  private final HttpClient client = new HttpClient();
                  String fireStation() throws Exception {
                      return get(new NameValuePair("tn", "7573820911"), new NameValuePair("invoice", "7573820912"));
                  }
                  String of(String tn) throws Exception {
                      return get(new NameValuePair("tn", tn));
                  }
                  String hospital() throws Exception {
                      return of("7574460000");
                  }
                  private String get(NameValuePair... query) throws Exception {
                      GetMethod get = new GetMethod(PORTINS);
                      get.setQueryString(query);
                      client.executeMethod(get);
                      return get.getResponseBodyAsString();
                  }
              }
              """,
            """
              import org.apache.commons.httpclient.HttpClient;
              import org.apache.commons.httpclient.NameValuePair;
              import org.apache.commons.httpclient.methods.GetMethod;
              class PortIns {
                  static final String PORTINS = "https://dashboard.bandwidth.com/api/v2/accounts/9900417/portins";
                  private final HttpClient client = new HttpClient();
                  String fireStation() throws Exception {
                      return get(new NameValuePair("tn", /*~~(%s)~~>*/"7573820911"), new NameValuePair("invoice", "7573820912"));
                  }
                  String of(String tn) throws Exception {
                      return get(new NameValuePair("tn", tn));
                  }
                  String hospital() throws Exception {
                      return of(/*~~(%s)~~>*/"7574460000");
                  }
                  private String get(NameValuePair... query) throws Exception {
                      GetMethod get = new GetMethod(PORTINS);
                      get.setQueryString(query);
                      client.executeMethod(get);
                      return get.getResponseBodyAsString();
                  }
              }
              """.formatted(TenDigitNumberSent.encodedQueryMessage("+17573820911"), TenDigitNumberSent.encodedQueryMessage("+17574460000"))
          )
        );
    }

    /**
     * A number in the query map the SDK's client builds a request URI with
     * ({@code client.buildAccountModelUri(new String[]{"orders"}, Map.of("tn", "6165550191"))}): flagged on the number,
     * with the encoding the query needs; another member of the map stays.
     */
    @Test
    void numberInTheQueryMapOfTheSdksRequestUri() {
        rewriteRun(
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import java.util.Map;
              class FrontDesk {
                  String orders(IrisClient client) throws Exception {
                      return client.get(client.buildAccountModelUri(new String[]{"orders"}, Map.of("tn", "6165550191", "page", "2")))
                          .getResponseBody();
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import java.util.Map;
              class FrontDesk {
                  String orders(IrisClient client) throws Exception {
                      return client.get(client.buildAccountModelUri(new String[]{"orders"}, Map.of("tn", /*~~(%s)~~>*/"6165550191", "page", "2")))
                          .getResponseBody();
                  }
              }
              """.formatted(TenDigitNumberSent.encodedQueryMessage("+16165550191"))
          )
        );
    }

    /**
     * A default number chosen by a ternary ({@code callback = given == null ? NOC_CALLBACK : given}) and formatted into
     * an E911 order's {@code <CallbackNumber>}: the constant is what the order carries when the caller gave none, so it
     * is fixed where it is declared. A constant chosen the same way for a log line stays.
     */
    @Test
    void constantChosenByATernaryIntoARequestBody() {
        rewriteRun(
          //language=java
          java(
            """
              class E911Provisioning {
                  private static final String NOC_CALLBACK = "3125550100";
                  private static final String NOC_DESK = "3125550199";
                  private static final String ORDERS = "https://dashboard.bandwidth.com/api/v2/accounts/9900417/e911s";
                  String order(String tn, String callbackNumber) {
                      String callback = callbackNumber == null || callbackNumber.isBlank() ? NOC_CALLBACK : callbackNumber;
                      String body = \"""
                              <E911Order>
                                <E911s><E911><TelephoneNumber>%s</TelephoneNumber><CallbackNumber>%s</CallbackNumber></E911></E911s>
                              </E911Order>
                              \""".formatted(tn, callback);
                      return post(ORDERS, body);
                  }
                  String desk(String given) {
                      String desk = given == null ? NOC_DESK : given;
                      System.out.println("escalate to " + desk);
                      return desk;
                  }
                  private String post(String url, String body) { return url + body; }
              }
              """,
            """
              class E911Provisioning {
                  private static final String NOC_CALLBACK = "+13125550100";
                  private static final String NOC_DESK = "3125550199";
                  private static final String ORDERS = "https://dashboard.bandwidth.com/api/v2/accounts/9900417/e911s";
                  String order(String tn, String callbackNumber) {
                      String callback = callbackNumber == null || callbackNumber.isBlank() ? NOC_CALLBACK : callbackNumber;
                      String body = \"""
                              <E911Order>
                                <E911s><E911><TelephoneNumber>%s</TelephoneNumber><CallbackNumber>%s</CallbackNumber></E911></E911s>
                              </E911Order>
                              \""".formatted(tn, callback);
                      return post(ORDERS, body);
                  }
                  String desk(String given) {
                      String desk = given == null ? NOC_DESK : given;
                      System.out.println("escalate to " + desk);
                      return desk;
                  }
                  private String post(String url, String body) { return url + body; }
              }
              """
          )
        );
    }

    @DocumentExample
    @Test
    void orderPayloadInATextBlock() {
        rewriteRun(
          //language=java
          java(
            """
              class OrderClient {
                  static final String URL = "https://dashboard.bandwidth.com/api/v2/accounts/1/orders";
                  String body() {
                      return \"""
                          <Order>
                            <SiteId>461</SiteId>
                            <ExistingTelephoneNumberOrderType>
                              <TelephoneNumberList>
                                <TelephoneNumber>6672286710</TelephoneNumber>
                                <TelephoneNumber>15756186700</TelephoneNumber>
                              </TelephoneNumberList>
                            </ExistingTelephoneNumberOrderType>
                          </Order>
                          \""";
                  }
              }
              """,
            """
              class OrderClient {
                  static final String URL = "https://dashboard.bandwidth.com/api/v2/accounts/1/orders";
                  String body() {
                      return \"""
                          <Order>
                            <SiteId>461</SiteId>
                            <ExistingTelephoneNumberOrderType>
                              <TelephoneNumberList>
                                <TelephoneNumber>+16672286710</TelephoneNumber>
                                <TelephoneNumber>+15756186700</TelephoneNumber>
                              </TelephoneNumberList>
                            </ExistingTelephoneNumberOrderType>
                          </Order>
                          \""";
                  }
              }
              """
          )
        );
    }

    @Test
    void concatenatedFragmentAndFormatTemplate() {
        rewriteRun(
          //language=java
          java(
            """
              class SipPeerTns {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/sites/2/sippeers/3/tns/";
                  String fragment() {
                      return "<TelephoneNumber>" + "9195551234" + "</TelephoneNumber>";
                  }
                  String full() {
                      return String.format("<SipPeerTelephoneNumber><FullNumber>%s</FullNumber></SipPeerTelephoneNumber>", "9195551235");
                  }
                  String inline() {
                      return "<BillingTelephoneNumber>9195551236</BillingTelephoneNumber>";
                  }
              }
              """,
            """
              class SipPeerTns {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/sites/2/sippeers/3/tns/";
                  String fragment() {
                      return "<TelephoneNumber>" + "+19195551234" + "</TelephoneNumber>";
                  }
                  String full() {
                      return String.format("<SipPeerTelephoneNumber><FullNumber>%s</FullNumber></SipPeerTelephoneNumber>", "+19195551235");
                  }
                  String inline() {
                      return "<BillingTelephoneNumber>+19195551236</BillingTelephoneNumber>";
                  }
              }
              """
          )
        );
    }

    @Test
    void xmlTemplateResourcesAndTestFixtures() {
        rewriteRun(
          xml(
            """
              <DisconnectTelephoneNumberOrder>
                <CustomerOrderId>abc</CustomerOrderId>
                <DisconnectTelephoneNumberOrderType>
                  <TelephoneNumberList>
                    <TelephoneNumber>9195551234</TelephoneNumber>
                  </TelephoneNumberList>
                </DisconnectTelephoneNumberOrderType>
              </DisconnectTelephoneNumberOrder>
              """,
            """
              <DisconnectTelephoneNumberOrder>
                <CustomerOrderId>abc</CustomerOrderId>
                <DisconnectTelephoneNumberOrderType>
                  <TelephoneNumberList>
                    <TelephoneNumber>+19195551234</TelephoneNumber>
                  </TelephoneNumberList>
                </DisconnectTelephoneNumberOrderType>
              </DisconnectTelephoneNumberOrder>
              """,
            spec -> spec.path("src/main/resources/templates/disconnect.xml")
          ),
          xml(
            """
              <ImportTnOrder>
                <SiteId>1</SiteId>
                <TelephoneNumbers>
                  <TelephoneNumber>9199918388</TelephoneNumber>
                  <TelephoneNumber>+14158714245</TelephoneNumber>
                </TelephoneNumbers>
              </ImportTnOrder>
              """,
            """
              <ImportTnOrder>
                <SiteId>1</SiteId>
                <TelephoneNumbers>
                  <TelephoneNumber>+19199918388</TelephoneNumber>
                  <TelephoneNumber>+14158714245</TelephoneNumber>
                </TelephoneNumbers>
              </ImportTnOrder>
              """,
            spec -> spec.path("src/test/resources/fixtures/import-order.xml")
          ),
          json(
            """
              {"customerOrderId": "x1", "telephoneNumbers": ["9195551234", "9195551235"], "ListOfPhoneNumbers": ["9195551236"]}
              """,
            """
              {"customerOrderId": "x1", "telephoneNumbers": ["+19195551234", "+19195551235"], "ListOfPhoneNumbers": ["+19195551236"]}
              """,
            spec -> spec.path("src/test/resources/fixtures/order.json")
          ),
          json(
            """
              {
                "NumberPortabilityRequest": {
                  "TnList": { "Tn": ["9195550161", "+12535550163"] }
                }
              }
              """,
            """
              {
                "NumberPortabilityRequest": {
                  "TnList": { "Tn": ["+19195550161", "+12535550163"] }
                }
              }
              """,
            spec -> spec.path("src/main/resources/templates/lnp-check.json")
          )
        );
    }

    /**
     * Request paths kept in a JSON plan of checks, next to paths only the Dashboard has: a number in a {@code /tns/}
     * path is sent. The same shape in a plan of the customer's own API stays.
     */
    @Test
    void requestPathsOfAJsonPlanBesideDashboardOnlyPaths() {
        rewriteRun(
          json(
            """
              {
                "steps": [
                  { "name": "lab number", "method": "GET", "path": "/tns/8045550100/tndetails" },
                  { "name": "in service", "method": "GET", "path": "/accounts/{accountId}/inserviceNumbers?size=10" }
                ]
              }
              """,
            """
              {
                "steps": [
                  { "name": "lab number", "method": "GET", "path": "/tns/+18045550100/tndetails" },
                  { "name": "in service", "method": "GET", "path": "/accounts/{accountId}/inserviceNumbers?size=10" }
                ]
              }
              """,
            spec -> spec.path("src/main/resources/smoke-plan.json")
          ),
          json(
            """
              {
                "steps": [
                  { "name": "customer line", "method": "GET", "path": "/tns/8045550100/usage" },
                  { "name": "invoices", "method": "GET", "path": "/customers/{id}/invoices" }
                ]
              }
              """,
            spec -> spec.path("src/main/resources/portal-checks.json")
          )
        );
    }

    @Test
    void jsonPayloadInAJavaString() {
        rewriteRun(
          //language=java
          java(
            """
              class JsonOrder {
                  static final String URL = "https://dashboard.bandwidth.com/api/v2/accounts/1/orders";
                  String body() {
                      return "{\\"siteId\\": 461, \\"telephoneNumbers\\": [\\"9195551234\\", \\"9195551235\\"], \\"tn\\": 9195551236}";
                  }
              }
              """,
            """
              class JsonOrder {
                  static final String URL = "https://dashboard.bandwidth.com/api/v2/accounts/1/orders";
                  String body() {
                      return /*~~([BW006] v2 expects telephone numbers in requests in E.164 format (+1 and ten digits), not in 10-digit national format; send the JSON string "+19195551236" instead of the JSON number: a number cannot carry the +)~~>*/"{\\"siteId\\": 461, \\"telephoneNumbers\\": [\\"+19195551234\\", \\"+19195551235\\"], \\"tn\\": 9195551236}";
                  }
              }
              """
          )
        );
    }

    @Test
    void numbersHandedToTheSdk() {
        rewriteRun(
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
              import com.bandwidth.iris.sdk.model.TnOptionGroup;
              import com.bandwidth.iris.sdk.model.Tns;
              import java.util.ArrayList;
              import java.util.Arrays;
              import java.util.List;

              class SdkOrders {
                  void order(IrisClient client) throws Exception {
                      ExistingTelephoneNumberOrderType type = new ExistingTelephoneNumberOrderType();
                      type.setTelephoneNumberList(List.of("9195551234", "19195551235"));
                      Tns.getTnDetails(client, "9195551236");
                      TnOptionGroup group = new TnOptionGroup();
                      group.setTelephoneNumbers(Arrays.asList("9195551237"));
                      List<String> tns = new ArrayList<>();
                      tns.add("9195551238");
                      group.setTelephoneNumbers(tns);
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
              import com.bandwidth.iris.sdk.model.TnOptionGroup;
              import com.bandwidth.iris.sdk.model.Tns;
              import java.util.ArrayList;
              import java.util.Arrays;
              import java.util.List;

              class SdkOrders {
                  void order(IrisClient client) throws Exception {
                      ExistingTelephoneNumberOrderType type = new ExistingTelephoneNumberOrderType();
                      type.setTelephoneNumberList(List.of("+19195551234", "+19195551235"));
                      Tns.getTnDetails(client, "+19195551236");
                      TnOptionGroup group = new TnOptionGroup();
                      group.setTelephoneNumbers(Arrays.asList("+19195551237"));
                      List<String> tns = new ArrayList<>();
                      tns.add("+19195551238");
                      group.setTelephoneNumbers(tns);
                  }
              }
              """
          )
        );
    }

    @Test
    void portOrderNumbersAndANumberKeptAsALong() {
        rewriteRun(
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.LnpOrder;
              import com.bandwidth.iris.sdk.model.Tns;
              import java.util.List;

              class Porting {
                  private static final long MONITOR_TN = 9193384402L;
                  void port(IrisClient client) throws Exception {
                      LnpOrder order = new LnpOrder();
                      order.setListOfPhoneNumbers(List.of("7042662100", "7042662101"));
                      LnpOrder.create(client, order);
                      Tns.getTnDetails(client, Long.toString(MONITOR_TN));
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.LnpOrder;
              import com.bandwidth.iris.sdk.model.Tns;
              import java.util.List;

              class Porting {
                  private static final long MONITOR_TN = /*~~([BW006] v2 expects telephone numbers in requests in E.164 format (+1 and ten digits), not in 10-digit national format; send the string "+19193384402": a numeric type cannot carry the +, so the field or parameter that holds this number must become a String)~~>*/9193384402L;
                  void port(IrisClient client) throws Exception {
                      LnpOrder order = new LnpOrder();
                      order.setListOfPhoneNumbers(List.of("+17042662100", "+17042662101"));
                      LnpOrder.create(client, order);
                      Tns.getTnDetails(client, Long.toString(MONITOR_TN));
                  }
              }
              """
          )
        );
    }

    /**
     * A number kept as a {@code long} constant of another class and formatted into an order with {@code %d}: flagged
     * where it is declared, where its type and value change, like a String constant's literal.
     */
    @Test
    void numericConstantOfAnotherClassFlaggedWhereDeclared() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme;
              public final class Lines {
                  /** Main fax line (numeric because the 2017 config stored it as a number). */
                  public static final long FAX_LINE = 9192304402L;
              }
              """,
            """
              package com.acme;
              public final class Lines {
                  /** Main fax line (numeric because the 2017 config stored it as a number). */
                  public static final long FAX_LINE = MARK9192304402L;
              }
              """.replace("MARK", "/*~~([BW006] v2 expects telephone numbers in requests in E.164 format (+1 and ten digits), not in 10-digit national format; send the string \"+19192304402\": a numeric type cannot carry the +, so the field or parameter that holds this number must become a String)~~>*/")
          ),
          //language=java
          java(
            """
              package com.acme;
              final class Orders {
                  private static final String SINGLE_NUMBER_ORDER = \"""
                      <Order>
                        <SiteId>%%s</SiteId>
                        <ExistingTelephoneNumberOrderType>
                          <TelephoneNumberList><TelephoneNumber>%%d</TelephoneNumber></TelephoneNumberList>
                        </ExistingTelephoneNumberOrderType>
                      </Order>
                      \""";
                  static String faxLineOrder(String siteId) {
                      return SINGLE_NUMBER_ORDER.formatted(siteId, Lines.FAX_LINE);
                  }
              }
              """.replace("%%", "%")
          )
        );
    }

    /** An order appended element by element to a StringBuilder: read as the payload it makes. */
    @Test
    void orderAppendedElementByElementToAStringBuilder() {
        rewriteRun(
          //language=java
          java(
            """
              class PortInOrderBuilder {
                  private static final String OUR_BTN = "9192304400";
                  private String billingTelephoneNumber = OUR_BTN;
                  private String siteId;
                  String build() {
                      StringBuilder xml = new StringBuilder();
                      xml.append("<LnpOrder>");
                      xml.append("<BillingTelephoneNumber>").append(billingTelephoneNumber).append("</BillingTelephoneNumber>");
                      xml.append("<SiteId>").append(siteId).append("</SiteId>");
                      xml.append("<ListOfPhoneNumbers><PhoneNumber>").append("9192304401").append("</PhoneNumber></ListOfPhoneNumbers>");
                      xml.append("</LnpOrder>");
                      return xml.toString();
                  }
                  String note() {
                      StringBuilder text = new StringBuilder();
                      text.append("Call us at ").append("9192304403").append(" for porting questions");
                      return text.toString();
                  }
              }
              """,
            """
              class PortInOrderBuilder {
                  private static final String OUR_BTN = "+19192304400";
                  private String billingTelephoneNumber = OUR_BTN;
                  private String siteId;
                  String build() {
                      StringBuilder xml = new StringBuilder();
                      xml.append("<LnpOrder>");
                      xml.append("<BillingTelephoneNumber>").append(billingTelephoneNumber).append("</BillingTelephoneNumber>");
                      xml.append("<SiteId>").append(siteId).append("</SiteId>");
                      xml.append("<ListOfPhoneNumbers><PhoneNumber>").append("+19192304401").append("</PhoneNumber></ListOfPhoneNumbers>");
                      xml.append("</LnpOrder>");
                      return xml.toString();
                  }
                  String note() {
                      StringBuilder text = new StringBuilder();
                      text.append("Call us at ").append("9192304403").append(" for porting questions");
                      return text.toString();
                  }
              }
              """
          )
        );
    }

    /** A list that reaches the SDK through a stream: the items of the list the stream starts from. */
    @Test
    void listStreamedIntoAnSdkSetter() {
        rewriteRun(
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
              import java.util.List;
              class StreamedOrder {
                  static final List<String> LAB = List.of("9195550160", "9195550161");
                  ExistingTelephoneNumberOrderType type() {
                      ExistingTelephoneNumberOrderType type = new ExistingTelephoneNumberOrderType();
                      type.setTelephoneNumberList(List.of("9195550162").stream().map(String::trim).toList());
                      type.setTelephoneNumberList(LAB.stream().distinct().toList());
                      return type;
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
              import java.util.List;
              class StreamedOrder {
                  static final List<String> LAB = List.of("+19195550160", "+19195550161");
                  ExistingTelephoneNumberOrderType type() {
                      ExistingTelephoneNumberOrderType type = new ExistingTelephoneNumberOrderType();
                      type.setTelephoneNumberList(List.of("+19195550162").stream().map(String::trim).toList());
                      type.setTelephoneNumberList(LAB.stream().distinct().toList());
                      return type;
                  }
              }
              """
          )
        );
    }

    @Test
    void constantInAnotherClassHandedToTheSdk() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme;
              public class TestNumbers {
                  public static final String MAIN_LINE = "9195551234";
              }
              """,
            """
              package com.acme;
              public class TestNumbers {
                  public static final String MAIN_LINE = "+19195551234";
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme;
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.Tns;
              class Lookup {
                  Object details(IrisClient client) throws Exception {
                      return Tns.getTnDetails(client, TestNumbers.MAIN_LINE);
                  }
              }
              """
          )
        );
    }

    /**
     * A public field of a request object named for a number, given a constant in a class that sends requests with the
     * SDK ({@code r.billingTelephoneNumber = HALYARD_BTN}): the number is sent. The same in a class that does not talk to
     * the Dashboard, and a field the class sets on itself, are not.
     */
    @Test
    void numberAssignedToATnNamedFieldOfARequestObject() {
        String portIns = """
              package com.acme;
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.LnpOrder;
              class PortIns {
                  private static final String HALYARD_BTN = "%s";
                  IrisClient client;
                  String tn;
                  void internal() throws Exception {
                      PortRequest r = new PortRequest();
                      r.billingTelephoneNumber = HALYARD_BTN;
                      portIn(r);
                  }
                  void portIn(PortRequest request) throws Exception {
                      LnpOrder order = new LnpOrder();
                      order.setBillingTelephoneNumber(request.billingTelephoneNumber);
                      LnpOrder.create(client, order);
                  }
                  void remember() {
                      this.tn = "3365550101";
                  }
                  static class PortRequest {
                      String billingTelephoneNumber;
                  }
              }
              """;
        rewriteRun(
          //language=java
          java(portIns.formatted("3365550100"), portIns.formatted("+13365550100")),
          //language=java
          java(
            """
              package com.acme.crm;
              class Contacts {
                  void add() {
                      Contact c = new Contact();
                      c.telephoneNumber = "9195550142";
                  }
                  static class Contact {
                      String telephoneNumber;
                  }
              }
              """
          )
        );
    }

    /**
     * A method that only returns a list it writes out ({@code labLines()}) is read like a list constant: a loop over
     * it that hands each item to a method putting it in a {@code /tns/} path sends the items; a list method whose items
     * go to another API (an SMS footer) is left alone.
     */
    @Test
    void itemsOfAListMethodIteratedIntoADashboardPath() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme;
              import java.util.List;
              public final class SmokeTestNumbers {
                  public static final String DENVER_LAB = "3035550142";
                  public static final String RALEIGH_LAB = "9195550199";
                  public static final String CARE_LINE = "8775550123";
                  public static List<String> labLines() {
                      return List.of(DENVER_LAB, RALEIGH_LAB);
                  }
                  public static List<String> footerLines() {
                      return List.of(CARE_LINE);
                  }
              }
              """,
            """
              package com.acme;
              import java.util.List;
              public final class SmokeTestNumbers {
                  public static final String DENVER_LAB = "+13035550142";
                  public static final String RALEIGH_LAB = "+19195550199";
                  public static final String CARE_LINE = "8775550123";
                  public static List<String> labLines() {
                      return List.of(DENVER_LAB, RALEIGH_LAB);
                  }
                  public static List<String> footerLines() {
                      return List.of(CARE_LINE);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme;
              import java.net.URI;
              import java.net.http.HttpClient;
              import java.net.http.HttpRequest;
              import java.net.http.HttpResponse;
              class DashboardClient {
                  private static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/9900123";
                  private final HttpClient http = HttpClient.newHttpClient();
                  String tnDetails(String tn) throws Exception {
                      HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/tns/" + tn + "/tndetails")).build();
                      return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme;
              class SmokeCheck {
                  private final DashboardClient dashboard = new DashboardClient();
                  void check() throws Exception {
                      for (String line : SmokeTestNumbers.labLines()) {
                          dashboard.tnDetails(line);
                      }
                  }
                  String footer() {
                      StringBuilder sb = new StringBuilder("Questions? Call ");
                      for (String line : SmokeTestNumbers.footerLines()) {
                          sb.append(line).append(' ');
                      }
                      return sb.toString();
                  }
              }
              """
          )
        );
    }

    @Test
    void listConstantHandedToAMethodWhoseParameterReachesTheSdk() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme;
              import java.util.List;
              public final class IrisConstants {
                  public static final List<String> PILOT_TNS = List.of("4158714245", "+14352154439");
                  public static final List<String> NOC_PHONES = List.of("8005550100");
                  public static final List<String> LAB_TNS = List.of("2535550190");
              }
              """,
            """
              package com.acme;
              import java.util.List;
              public final class IrisConstants {
                  public static final List<String> PILOT_TNS = List.of("+14158714245", "+14352154439");
                  public static final List<String> NOC_PHONES = List.of("8005550100");
                  public static final List<String> LAB_TNS = List.of("+12535550190");
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme;
              import com.bandwidth.iris.sdk.model.ImportTnOrder;
              import com.bandwidth.iris.sdk.model.TelephoneNumber;
              import java.util.ArrayList;
              import java.util.List;
              class Imports {
                  ImportTnOrder importTns(String id, List<String> tns) {
                      ImportTnOrder order = new ImportTnOrder();
                      order.setCustomerOrderId(id);
                      order.setTelephoneNumberList(toModel(tns));
                      return order;
                  }
                  ImportTnOrder pilot() {
                      return importTns("pilot", IrisConstants.PILOT_TNS);
                  }
                  ImportTnOrder lab() {
                      return importTns("lab", List.of("2535550181", "2535550182"));
                  }
                  void page(List<String> phones) {
                      System.out.println(phones);
                  }
                  void noc() {
                      page(IrisConstants.NOC_PHONES);
                  }
                  ImportTnOrder choose(boolean lab) {
                      List<String> tns = lab ? IrisConstants.LAB_TNS : List.of();
                      ImportTnOrder order = new ImportTnOrder();
                      order.setTelephoneNumberList(toModel(tns));
                      return order;
                  }
                  void check(com.bandwidth.iris.sdk.IrisClient client, List<String> tns) throws Exception {
                      for (String tn : tns) {
                          com.bandwidth.iris.sdk.model.Tns.getTnDetails(client, tn);
                      }
                  }
                  void canary(com.bandwidth.iris.sdk.IrisClient client) throws Exception {
                      check(client, List.of("9195550111"));
                  }
                  private static List<TelephoneNumber> toModel(List<String> tns) {
                      List<TelephoneNumber> out = new ArrayList<>();
                      for (String tn : tns) {
                          TelephoneNumber t = new TelephoneNumber();
                          t.setFullNumber(tn);
                          out.add(t);
                      }
                      return out;
                  }
              }
              """,
            """
              package com.acme;
              import com.bandwidth.iris.sdk.model.ImportTnOrder;
              import com.bandwidth.iris.sdk.model.TelephoneNumber;
              import java.util.ArrayList;
              import java.util.List;
              class Imports {
                  ImportTnOrder importTns(String id, List<String> tns) {
                      ImportTnOrder order = new ImportTnOrder();
                      order.setCustomerOrderId(id);
                      order.setTelephoneNumberList(toModel(tns));
                      return order;
                  }
                  ImportTnOrder pilot() {
                      return importTns("pilot", IrisConstants.PILOT_TNS);
                  }
                  ImportTnOrder lab() {
                      return importTns("lab", List.of("+12535550181", "+12535550182"));
                  }
                  void page(List<String> phones) {
                      System.out.println(phones);
                  }
                  void noc() {
                      page(IrisConstants.NOC_PHONES);
                  }
                  ImportTnOrder choose(boolean lab) {
                      List<String> tns = lab ? IrisConstants.LAB_TNS : List.of();
                      ImportTnOrder order = new ImportTnOrder();
                      order.setTelephoneNumberList(toModel(tns));
                      return order;
                  }
                  void check(com.bandwidth.iris.sdk.IrisClient client, List<String> tns) throws Exception {
                      for (String tn : tns) {
                          com.bandwidth.iris.sdk.model.Tns.getTnDetails(client, tn);
                      }
                  }
                  void canary(com.bandwidth.iris.sdk.IrisClient client) throws Exception {
                      check(client, List.of("+19195550111"));
                  }
                  private static List<TelephoneNumber> toModel(List<String> tns) {
                      List<TelephoneNumber> out = new ArrayList<>();
                      for (String tn : tns) {
                          TelephoneNumber t = new TelephoneNumber();
                          t.setFullNumber(tn);
                          out.add(t);
                      }
                      return out;
                  }
              }
              """
          )
        );
    }

    /**
     * A list handed on from method to method before it reaches the SDK ({@code smokeOrder -> orderNumbers(tns) ->
     * buildOrder(site, tns) -> setTelephoneNumberList(new ArrayList<>(tns))}), filled in a local list, or built in a
     * test's local: its numbers are sent. A list the numbers only pass through on the way to a log is not.
     */
    @Test
    void listHandedOnThroughSeveralMethodsToTheSdk() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme;
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
              import com.bandwidth.iris.sdk.model.Order;
              import com.bandwidth.iris.sdk.model.OrderResponse;
              import java.util.ArrayList;
              import java.util.List;
              public class OrderService {
                  static final List<String> SMOKE_TEST_NUMBERS = List.of("9195550143", "9195550144");
                  private final IrisClient client;
                  public OrderService(IrisClient client) { this.client = client; }
                  public static Order buildOrder(String siteId, List<String> tns) {
                      ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
                      existing.setTelephoneNumberList(new ArrayList<>(tns));
                      Order order = new Order();
                      order.setSiteId(siteId);
                      order.setExistingTelephoneNumberOrderType(existing);
                      return order;
                  }
                  public OrderResponse orderNumbers(List<String> tns) throws Exception {
                      return Order.create(client, buildOrder("461", tns));
                  }
                  public OrderResponse smokeOrder() throws Exception {
                      return orderNumbers(SMOKE_TEST_NUMBERS);
                  }
                  public OrderResponse orderReseller() throws Exception {
                      List<String> tns = new ArrayList<>();
                      tns.add("19195550177");
                      return orderNumbers(tns);
                  }
                  public void logAll(List<String> tns) {
                      for (String tn : tns) {
                          System.out.println(tn);
                      }
                  }
                  public void audit() {
                      List<String> seen = List.of("9195550199");
                      logAll(seen);
                  }
              }
              """,
            """
              package com.acme;
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
              import com.bandwidth.iris.sdk.model.Order;
              import com.bandwidth.iris.sdk.model.OrderResponse;
              import java.util.ArrayList;
              import java.util.List;
              public class OrderService {
                  static final List<String> SMOKE_TEST_NUMBERS = List.of("+19195550143", "+19195550144");
                  private final IrisClient client;
                  public OrderService(IrisClient client) { this.client = client; }
                  public static Order buildOrder(String siteId, List<String> tns) {
                      ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
                      existing.setTelephoneNumberList(new ArrayList<>(tns));
                      Order order = new Order();
                      order.setSiteId(siteId);
                      order.setExistingTelephoneNumberOrderType(existing);
                      return order;
                  }
                  public OrderResponse orderNumbers(List<String> tns) throws Exception {
                      return Order.create(client, buildOrder("461", tns));
                  }
                  public OrderResponse smokeOrder() throws Exception {
                      return orderNumbers(SMOKE_TEST_NUMBERS);
                  }
                  public OrderResponse orderReseller() throws Exception {
                      List<String> tns = new ArrayList<>();
                      tns.add("+19195550177");
                      return orderNumbers(tns);
                  }
                  public void logAll(List<String> tns) {
                      for (String tn : tns) {
                          System.out.println(tn);
                      }
                  }
                  public void audit() {
                      List<String> seen = List.of("9195550199");
                      logAll(seen);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme;
              import java.util.Arrays;
              import java.util.List;
              class OrderServiceTest {
                  void buildsExistingNumberOrder() {
                      List<String> tns = Arrays.asList(
                              "9195551212",
                              "5756186700");
                      OrderService.buildOrder("461", tns);
                  }
              }
              """,
            """
              package com.acme;
              import java.util.Arrays;
              import java.util.List;
              class OrderServiceTest {
                  void buildsExistingNumberOrder() {
                      List<String> tns = Arrays.asList(
                              "+19195551212",
                              "+15756186700");
                      OrderService.buildOrder("461", tns);
                  }
              }
              """
          )
        );
    }

    /**
     * A Spring HTTP interface client whose proxy is built on a client bean that a builder bean configured with the
     * Dashboard's base URL ({@code builder.build()}, then {@code factory.createClient(ImportOrderApi.class)} through a
     * local factory): the service holding the interface talks to the Dashboard, so the numbers its callers hand to the
     * payload it builds are sent. The same service on a client of another host is left alone.
     */
    @Test
    void payloadOfAServiceHoldingAnInterfaceClientBuiltOnABuilderBean() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("spring-web", "spring-core", "spring-beans"))
            .typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.config;
              import com.acme.iris.ImportOrderApi;
              import com.acme.crm.CrmApi;
              import org.springframework.beans.factory.annotation.Qualifier;
              import org.springframework.context.annotation.Bean;
              import org.springframework.web.client.RestClient;
              import org.springframework.web.client.support.RestClientAdapter;
              import org.springframework.web.service.invoker.HttpServiceProxyFactory;
              class HttpClientsConfig {
                  @Bean
                  RestClient.Builder irisRestClientBuilder() {
                      return RestClient.builder().baseUrl("https://dashboard.bandwidth.com/api/v2");
                  }
                  @Bean
                  RestClient irisRestClient(@Qualifier("irisRestClientBuilder") RestClient.Builder builder) {
                      return builder.build();
                  }
                  @Bean
                  RestClient crmRestClient() {
                      return RestClient.builder().baseUrl("https://crm.example.com/api").build();
                  }
                  @Bean
                  ImportOrderApi importOrderApi(@Qualifier("irisRestClient") RestClient irisRestClient) {
                      HttpServiceProxyFactory factory = HttpServiceProxyFactory
                              .builderFor(RestClientAdapter.create(irisRestClient))
                              .build();
                      return factory.createClient(ImportOrderApi.class);
                  }
                  @Bean
                  CrmApi crmApi(@Qualifier("crmRestClient") RestClient crmRestClient) {
                      HttpServiceProxyFactory factory = HttpServiceProxyFactory
                              .builderFor(RestClientAdapter.create(crmRestClient))
                              .build();
                      return factory.createClient(CrmApi.class);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              import org.springframework.web.bind.annotation.PathVariable;
              import org.springframework.web.bind.annotation.RequestBody;
              import org.springframework.web.service.annotation.PostExchange;
              public interface ImportOrderApi {
                  @PostExchange("/accounts/{accountId}/tnoptions")
                  String createTnOptionOrder(@PathVariable String accountId, @RequestBody String order);
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.crm;
              import org.springframework.web.bind.annotation.RequestBody;
              import org.springframework.web.service.annotation.PostExchange;
              public interface CrmApi {
                  @PostExchange("/contacts")
                  String createContact(@RequestBody String contact);
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              import java.util.List;
              import java.util.stream.Collectors;
              public class SmsEnabler {
                  private final ImportOrderApi api;
                  public SmsEnabler(ImportOrderApi api) { this.api = api; }
                  public String enable(List<String> telephoneNumbers) {
                      return api.createTnOptionOrder("9900778", "<TnOptionOrder><TnOptionGroups><TnOptionGroup><Sms>on</Sms>"
                              + "<TelephoneNumbers>" + elements(telephoneNumbers) + "</TelephoneNumbers>"
                              + "</TnOptionGroup></TnOptionGroups></TnOptionOrder>");
                  }
                  static String elements(List<String> telephoneNumbers) {
                      return telephoneNumbers.stream()
                              .map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>")
                              .collect(Collectors.joining());
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.crm;
              public class ContactSync {
                  private final CrmApi api;
                  public ContactSync(CrmApi api) { this.api = api; }
                  public String add(String phone) {
                      return api.createContact("<Contact><TelephoneNumber>" + phone + "</TelephoneNumber></Contact>");
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme;
              import com.acme.crm.ContactSync;
              import com.acme.iris.SmsEnabler;
              import java.util.List;
              class SmsEnablerTest {
                  void enablesTwo(SmsEnabler enabler, ContactSync contacts) {
                      enabler.enable(List.of("9192756400", "9192756401"));
                      contacts.add("9192756402");
                  }
              }
              """,
            """
              package com.acme;
              import com.acme.crm.ContactSync;
              import com.acme.iris.SmsEnabler;
              import java.util.List;
              class SmsEnablerTest {
                  void enablesTwo(SmsEnabler enabler, ContactSync contacts) {
                      enabler.enable(List.of("+19192756400", "+19192756401"));
                      contacts.add("9192756402");
                  }
              }
              """
          )
        );
    }

    /**
     * A request model of the project's own named for the Dashboard request it holds ({@code ImportTnOrderPayload}),
     * built from a list parameter that goes through a stream on its way ({@code numbers.stream().map(..).toList()}):
     * the numbers the callers hand in are sent. A model named for something else is not a request.
     */
    @Test
    void listStreamedIntoARequestModelNamedForItsRequest() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme;
              import java.util.List;
              public record ImportTnOrderPayload(String customerOrderId, List<String> telephoneNumbers) {
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme;
              import java.util.List;
              public record CustomerContactPayload(String name, List<String> phones) {
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme;
              import java.util.ArrayList;
              import java.util.List;
              class HostedMessaging {
                  ImportTnOrderPayload importNumbers(List<String> numbers, String orderId) {
                      List<String> tns = numbers.stream().map(String::trim).distinct().toList();
                      return new ImportTnOrderPayload(orderId, tns);
                  }
                  CustomerContactPayload contact(List<String> phones) {
                      return new CustomerContactPayload("x", phones.stream().distinct().toList());
                  }
                  void pilot() {
                      List<String> batch = new ArrayList<>();
                      batch.add("7045550199");
                      importNumbers(batch, "pilot");
                      contact(List.of("7045550142"));
                  }
              }
              """,
            """
              package com.acme;
              import java.util.ArrayList;
              import java.util.List;
              class HostedMessaging {
                  ImportTnOrderPayload importNumbers(List<String> numbers, String orderId) {
                      List<String> tns = numbers.stream().map(String::trim).distinct().toList();
                      return new ImportTnOrderPayload(orderId, tns);
                  }
                  CustomerContactPayload contact(List<String> phones) {
                      return new CustomerContactPayload("x", phones.stream().distinct().toList());
                  }
                  void pilot() {
                      List<String> batch = new ArrayList<>();
                      batch.add("+17045550199");
                      importNumbers(batch, "pilot");
                      contact(List.of("7045550142"));
                  }
              }
              """
          )
        );
    }

    @Test
    void formatArgumentsOfATemplateConstant() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme;
              public class Templates {
                  public static final String DISCONNECT = \"""
                      <DisconnectTelephoneNumberOrder>
                        <DisconnectTelephoneNumberOrderType>
                          <TelephoneNumberList><TelephoneNumber>%s</TelephoneNumber></TelephoneNumberList>
                        </DisconnectTelephoneNumberOrderType>
                      </DisconnectTelephoneNumberOrder>
                      \""";
                  public static final String DETAILS = "https://dashboard.bandwidth.com/api/v2/tns/%s/tndetails";
                  public static final String ORDERS = "https://dashboard.bandwidth.com/api/v2/accounts/1/orders?tn=%s";
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme;
              class Disconnects {
                  String body() { return String.format(Templates.DISCONNECT, "9195551234"); }
                  String again() { return Templates.DISCONNECT.formatted("9195551235"); }
                  String details() { return String.format(Templates.DETAILS, "9195551236"); }
                  String orders() { return String.format(Templates.ORDERS, "9195551237"); }
                  String notANumber() { return String.format(Templates.DISCONNECT, "1700000000"); }
              }
              """,
            """
              package com.acme;
              class Disconnects {
                  String body() { return String.format(Templates.DISCONNECT, "+19195551234"); }
                  String again() { return Templates.DISCONNECT.formatted("+19195551235"); }
                  String details() { return String.format(Templates.DETAILS, "+19195551236"); }
                  String orders() { return String.format(Templates.ORDERS, /*~~([BW006] v2 expects telephone numbers in requests in E.164 format (+1 and ten digits), not in 10-digit national format; send +19195551237 and make sure the query value is percent-encoded (%2B19195551237): a raw + in a query string decodes to a space)~~>*/"9195551237"); }
                  String notANumber() { return String.format(Templates.DISCONNECT, "1700000000"); }
              }
              """
          )
        );
    }

    @Test
    void legacyCompositeAndMigrateCompositeRunTheRule() {
        rewriteRun(
          spec -> spec.recipeFromResources("io.github.irismigrate.MigrateToApiV2"),
          //language=java
          java(
            """
              class TnDetails {
                  String url() { return "https://dashboard.bandwidth.com/api/v2/tns/9195551234"; }
              }
              """,
            """
              class TnDetails {
                  String url() { return "https://dashboard.bandwidth.com/api/v2/tns/+19195551234"; }
              }
              """
          )
        );
    }

    @Test
    void urlPathAndQueryString() {
        rewriteRun(
          //language=java
          java(
            """
              class TnRequests {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  String details() { return BASE + "/tns/9195551234/tndetails"; }
                  String eleven() { return BASE + "/tns/" + "19195551235"; }
                  String orders() { return BASE + "/accounts/1/orders?tn=9195551236&page=1"; }
              }
              """,
            """
              class TnRequests {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  String details() { return BASE + "/tns/+19195551234/tndetails"; }
                  String eleven() { return BASE + "/tns/" + "+19195551235"; }
                  String orders() { return BASE + "/accounts/1/orders?tn=%2B19195551236&page=1"; }
              }
              """
          )
        );
    }

    @Test
    void numberPassedToAMethodThatPutsItIntoTheRequest() {
        rewriteRun(
          //language=java
          java(
            """
              class DashboardTns {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1";
                  String details(String tn) { return BASE + "/tns/" + tn + "/tndetails"; }
                  String orders(String tn) { return BASE + "/orders?tn=" + tn; }
                  String disconnect(String tn) {
                      return \"""
                          <DisconnectTelephoneNumberOrder>
                              <DisconnectTelephoneNumberOrderType>
                                  <TelephoneNumberList><TelephoneNumber>%s</TelephoneNumber></TelephoneNumberList>
                              </DisconnectTelephoneNumberOrderType>
                          </DisconnectTelephoneNumberOrder>
                          \""".formatted(tn);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              import java.util.List;
              class Storefront {
                  static final String LAB_TN = "9195550151";
                  List<String> featured(DashboardTns c) {
                      return List.of(c.details("8005550199"), c.details("+18445550123"), c.orders("9195550152"));
                  }
                  String release(DashboardTns c) { return c.disconnect(LAB_TN); }
                  void detailsPath(DashboardTns c) { assertEquals("/tns/x", c.details("9195550153")); }
                  static void assertEquals(Object expected, Object actual) { }
              }
              """,
            """
              import java.util.List;
              class Storefront {
                  static final String LAB_TN = "+19195550151";
                  List<String> featured(DashboardTns c) {
                      return List.of(c.details("+18005550199"), c.details("+18445550123"), c.orders(/*~~([BW006] v2 expects telephone numbers in requests in E.164 format (+1 and ten digits), not in 10-digit national format; send +19195550152 and make sure the query value is percent-encoded (%2B19195550152): a raw + in a query string decodes to a space)~~>*/"9195550152"));
                  }
                  String release(DashboardTns c) { return c.disconnect(LAB_TN); }
                  void detailsPath(DashboardTns c) { assertEquals("/tns/x", c.details("+19195550153")); }
                  static void assertEquals(Object expected, Object actual) { }
              }
              """
          )
        );
    }

    @Test
    void numbersPassedInAListThatTheMethodLoopsOver() {
        rewriteRun(
          //language=java
          java(
            """
              import java.util.List;
              import java.util.stream.Collectors;
              class OrderPayloads {
                  static final String ORDERS = "https://dashboard.bandwidth.com/api/v2/accounts/1/disconnects";
                  String disconnect(String id, List<String> tns) {
                      StringBuilder xml = new StringBuilder("<DisconnectTelephoneNumberOrder><TelephoneNumberList>");
                      for (String tn : tns) {
                          xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
                      }
                      return xml.append("</TelephoneNumberList></DisconnectTelephoneNumberOrder>").toString();
                  }
                  String sms(List<String> tns, boolean on) {
                      StringBuilder numbers = new StringBuilder();
                      tns.forEach(tn -> numbers.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
                      return numbers.toString();
                  }
                  String order(List<String> tns) {
                      return tns.stream().map(n -> "<TelephoneNumber>" + n + "</TelephoneNumber>").collect(Collectors.joining());
                  }
              }
              """
          ),
          //language=java
          java(
            """
              import java.util.List;
              class Lab {
                  static final List<String> SMS_LAB_TNS = List.of("9195550151", "+12065550153");
                  private static final long RETIRED_TN = 19195550177L;
                  String reset(OrderPayloads o) {
                      return o.disconnect("retired", List.of(Long.toString(RETIRED_TN))) + o.sms(SMS_LAB_TNS, true)
                          + o.order(List.of("9195550152"));
                  }
              }
              """,
            """
              import java.util.List;
              class Lab {
                  static final List<String> SMS_LAB_TNS = List.of("+19195550151", "+12065550153");
                  private static final long RETIRED_TN = /*~~([BW006] v2 expects telephone numbers in requests in E.164 format (+1 and ten digits), not in 10-digit national format; send the string "+19195550177": a numeric type cannot carry the +, so the field or parameter that holds this number must become a String)~~>*/19195550177L;
                  String reset(OrderPayloads o) {
                      return o.disconnect("retired", List.of(Long.toString(RETIRED_TN))) + o.sms(SMS_LAB_TNS, true)
                          + o.order(List.of("+19195550152"));
                  }
              }
              """
          )
        );
    }

    @Test
    void numbersHandedToAModelOfADashboardRequestBody() {
        rewriteRun(
          //language=java
          java(
            """
              import java.util.ArrayList;
              import java.util.List;
              class ExternalTnsOrder {
                  final List<String> tns = new ArrayList<>();
                  ExternalTnsOrder() { }
                  ExternalTnsOrder(String customerOrderId, List<String> tns) { this.tns.addAll(tns); }
                  static ExternalTnsOrder of(String customerOrderId, int siteId, List<String> tns) { return new ExternalTnsOrder(customerOrderId, tns); }
                  static Builder builder() { return new Builder(); }
                  static class Builder {
                      final ExternalTnsOrder order = new ExternalTnsOrder();
                      Builder customerOrderId(String id) { return this; }
                      Builder telephoneNumber(String tn) { order.tns.add(tn); return this; }
                      ExternalTnsOrder build() { return order; }
                  }
              }
              """
          ),
          //language=java
          java(
            """
              class CleanupFixture {
                  ExternalTnsOrder order() {
                      return ExternalTnsOrder.builder().customerOrderId("CLEANUP-77").telephoneNumber("9199918388").build();
                  }
                  ExternalTnsOrder factory() {
                      return ExternalTnsOrder.of("4105550000", 743, java.util.List.of("9197830100", "9197830101"));
                  }
                  ExternalTnsOrder constructed() {
                      return new ExternalTnsOrder("4105550001", new java.util.ArrayList<>(java.util.List.of("9197830102")));
                  }
              }
              """,
            """
              class CleanupFixture {
                  ExternalTnsOrder order() {
                      return ExternalTnsOrder.builder().customerOrderId("CLEANUP-77").telephoneNumber("+19199918388").build();
                  }
                  ExternalTnsOrder factory() {
                      return ExternalTnsOrder.of("4105550000", 743, java.util.List.of("+19197830100", "+19197830101"));
                  }
                  ExternalTnsOrder constructed() {
                      return new ExternalTnsOrder("4105550001", new java.util.ArrayList<>(java.util.List.of("+19197830102")));
                  }
              }
              """
          )
        );
    }

    /**
     * A number of the configuration sent in a Dashboard path: its value in a profile's file is sent when that profile
     * runs, and is fixed with the main one; a JSON fixture with a member of the same name is not a profile.
     */
    @Test
    void numberOfAPropertySetAgainInAProfile() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import org.springframework.beans.factory.annotation.Value;
              class CanaryProbe {
                  @Value("${dashboard.canary-tn}")
                  String canaryTn;
                  String url() {
                      return "https://dashboard.bandwidth.com/api/v2/tns/" + canaryTn + "/tndetails";
                  }
              }
              """
          ),
          yaml(
            "dashboard:\n  canary-tn: 9192150001\n",
            "dashboard:\n  canary-tn: \"+19192150001\"\n",
            spec -> spec.path("src/main/resources/application.yml")
          ),
          yaml(
            "dashboard:\n  canary-tn: 9197040110\n",
            "dashboard:\n  canary-tn: \"+19197040110\"\n",
            spec -> spec.path("src/main/resources/application-staging.yml")
          ),
          json(
            "{\"dashboard\": {\"canary-tn\": \"9195550000\"}}",
            spec -> spec.path("src/test/resources/fixtures/status.json")
          )
        );
    }

    /**
     * The payload model is built by a static factory of the model's own file, which talks to no Dashboard; the numbers
     * reach it through a Dashboard client's method, and the caller of that method (a test) sends them. A class that
     * calls the factory itself, and talks to no Dashboard, sends nothing.
     */
    @Test
    void numbersHandedThroughAModelsFactoryByADashboardClient() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.xml;
              import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
              import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
              import java.util.List;
              public record OrderRequest(@JacksonXmlProperty(localName = "SiteId") String siteId, ExistingNumbers existing) {
                  public static OrderRequest existing(String siteId, List<String> numbers) {
                      return new OrderRequest(siteId, new ExistingNumbers(numbers));
                  }
                  public record ExistingNumbers(
                          @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
                          @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              import com.acme.xml.OrderRequest;
              import java.util.List;
              public class OrderClient {
                  static final String ORDERS = "https://dashboard.bandwidth.com/api/v2/accounts/1/orders";
                  public void orderExisting(List<String> numbers) {
                      post(ORDERS, OrderRequest.existing("461", numbers));
                  }
                  void post(String url, Object body) {
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              import java.util.List;
              class OrderClientTest {
                  void ordersExistingNumbers(OrderClient client) {
                      client.orderExisting(List.of("9195551234", "9195551235"));
                  }
              }
              """,
            """
              package com.acme.dashboard;
              import java.util.List;
              class OrderClientTest {
                  void ordersExistingNumbers(OrderClient client) {
                      client.orderExisting(List.of("+19195551234", "+19195551235"));
                  }
              }
              """,
            spec -> spec.path("src/test/java/com/acme/dashboard/OrderClientTest.java")
          ),
          //language=java
          java(
            """
              package com.acme.crm;
              import com.acme.xml.OrderRequest;
              import java.util.List;
              class Preview {
                  Object preview() {
                      return OrderRequest.existing("461", List.of("9195550199"));
                  }
              }
              """
          )
        );
    }

    /**
     * A request body written element by element by a helper of the writer ({@code element(w, "TelephoneNumber", tn)}
     * in a loop over a parameter) in a class that writes a Dashboard request ({@code ExternalTnsOrder},
     * {@code CustomerOrderId}): the numbers a service hands through to it, and the numbers its test passes to the
     * service, are sent. A writer of the customer's own XML with the same element name sends nothing.
     */
    @Test
    void numbersWrittenAsNumberElementsByADocumentWriterHelper() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.xml;
              import java.io.StringWriter;
              import java.util.Collection;
              import javax.xml.stream.XMLOutputFactory;
              import javax.xml.stream.XMLStreamWriter;
              public final class OrderWriter {
                  private static final String ROOT = "ExternalTnsOrder";
                  public static String externalTnsOrder(String orderId, Collection<String> tns) throws Exception {
                      return write(ROOT, orderId, tns);
                  }
                  private static String write(String root, String orderId, Collection<String> tns) throws Exception {
                      StringWriter out = new StringWriter();
                      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
                      w.writeStartElement(root);
                      element(w, "CustomerOrderId", orderId);
                      w.writeStartElement("TelephoneNumbers");
                      for (String tn : tns) {
                          element(w, "TelephoneNumber", tn);
                      }
                      w.writeEndElement();
                      w.writeEndElement();
                      return out.toString();
                  }
                  private static void element(XMLStreamWriter w, String name, String value) throws Exception {
                      w.writeStartElement(name);
                      w.writeCharacters(value);
                      w.writeEndElement();
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.messaging;
              import com.acme.xml.OrderWriter;
              import java.util.List;
              public class ExternalTnsService {
                  public String addExternal(String orderId, List<String> tns) throws Exception {
                      return OrderWriter.externalTnsOrder(orderId, tns);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.messaging;
              import java.util.List;
              class ExternalTnsServiceTest {
                  void postsTheOrder() throws Exception {
                      new ExternalTnsService().addExternal("EXT-9", List.of("7012240311", "7012240312"));
                  }
              }
              """,
            """
              package com.acme.messaging;
              import java.util.List;
              class ExternalTnsServiceTest {
                  void postsTheOrder() throws Exception {
                      new ExternalTnsService().addExternal("EXT-9", List.of("+17012240311", "+17012240312"));
                  }
              }
              """,
            spec -> spec.path("src/test/java/com/acme/messaging/ExternalTnsServiceTest.java")
          ),
          //language=java
          java(
            """
              package com.acme.crm;
              import java.io.StringWriter;
              import java.util.List;
              import javax.xml.stream.XMLOutputFactory;
              import javax.xml.stream.XMLStreamWriter;
              public final class ContactExport {
                  public static String export(List<String> tns) throws Exception {
                      StringWriter out = new StringWriter();
                      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
                      w.writeStartElement("Contacts");
                      for (String tn : tns) {
                          element(w, "TelephoneNumber", tn);
                      }
                      w.writeEndElement();
                      return out.toString();
                  }
                  private static void element(XMLStreamWriter w, String name, String value) throws Exception {
                      w.writeStartElement(name);
                      w.writeCharacters(value);
                      w.writeEndElement();
                  }
                  void preview() throws Exception {
                      export(List.of("7012240399"));
                  }
              }
              """
          )
        );
    }

    @Test
    void numbersHandedToAPayloadRecordWhoseComponentIsWrittenAsANumberElement() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.iris;
              import com.fasterxml.jackson.annotation.JsonProperty;
              import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
              import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
              import java.util.List;
              public final class Payloads {
                  public record Order(@JacksonXmlProperty(localName = "SiteId") String siteId,
                                      @JacksonXmlProperty(localName = "ExistingTelephoneNumberOrderType") Existing existing) {
                  }
                  public record Existing(
                          @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
                          @JacksonXmlProperty(localName = "TelephoneNumber") List<String> telephoneNumbers) {
                  }
                  public static final class Disconnect {
                      public Disconnect(@JsonProperty("orderId") String orderId, @JsonProperty("tn") String tn) {
                      }
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              import java.util.List;
              public class OrderClient {
                  static final String ORDERS = "https://dashboard.bandwidth.com/api/v2/accounts/%s/orders";
                  public Payloads.Order existing(String site, List<String> tns) {
                      return new Payloads.Order(site, new Payloads.Existing(tns));
                  }
                  public Payloads.Disconnect disconnect() {
                      return new Payloads.Disconnect("4105550000", "9195550148");
                  }
              }
              """,
            """
              package com.acme.iris;
              import java.util.List;
              public class OrderClient {
                  static final String ORDERS = "https://dashboard.bandwidth.com/api/v2/accounts/%s/orders";
                  public Payloads.Order existing(String site, List<String> tns) {
                      return new Payloads.Order(site, new Payloads.Existing(tns));
                  }
                  public Payloads.Disconnect disconnect() {
                      return new Payloads.Disconnect("4105550000", "+19195550148");
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.cli;
              import com.acme.iris.OrderClient;
              import java.util.List;
              class Demo {
                  static final List<String> DEMO_ORDER = List.of("6672286711", "5756186701");
                  void run(OrderClient client) {
                      client.existing("461", DEMO_ORDER);
                  }
              }
              """,
            """
              package com.acme.cli;
              import com.acme.iris.OrderClient;
              import java.util.List;
              class Demo {
                  static final List<String> DEMO_ORDER = List.of("+16672286711", "+15756186701");
                  void run(OrderClient client) {
                      client.existing("461", DEMO_ORDER);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.crm;
              import com.acme.iris.Payloads;
              import java.util.List;
              class ContactExport {
                  // builds the model, but this file talks to no Dashboard: nothing here is sent by it
                  Payloads.Existing export() {
                      return new Payloads.Existing(List.of("9195550199"));
                  }
              }
              """
          )
        );
    }

    @Test
    void numbersEscapedOnTheirWayIntoAPayloadOfAnotherClass() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import java.util.List;
              import java.util.stream.Collectors;
              public class OrderClient {
                  static final String ORDERS = "https://dashboard.bandwidth.com/api/v2/accounts/1/orders";
                  public String orderBody(List<String> tns) {
                      return tns.stream()
                          .map(tn -> "<TelephoneNumber>" + org.springframework.web.util.HtmlUtils.htmlEscape(tn) + "</TelephoneNumber>")
                          .collect(Collectors.joining());
                  }
                  public String detailsPath(String tn) {
                      return ORDERS + "/tns/" + java.net.URLEncoder.encode(tn, java.nio.charset.StandardCharsets.UTF_8);
                  }
                  public String portBody(String tn) {
                      return "<PhoneNumber>" + XmlText.escape(tn) + "</PhoneNumber>";
                  }
              }
              """
          ),
          //language=java
          java(
            """
              final class XmlText {
                  static String escape(String s) {
                      return s.replace("&", "&amp;").replace("<", "&lt;");
                  }
              }
              """
          ),
          //language=java
          java(
            """
              class OrderClientTest {
                  void orders(OrderClient client) {
                      client.orderBody(java.util.List.of("9195551201"));
                      client.detailsPath("9195551202");
                      client.portBody("9195551203");
                  }
              }
              """,
            """
              class OrderClientTest {
                  void orders(OrderClient client) {
                      client.orderBody(java.util.List.of("+19195551201"));
                      client.detailsPath("+19195551202");
                      client.portBody("+19195551203");
                  }
              }
              """
          )
        );
    }

    @Test
    void listHandedToARequestRecordNestedInTheClientNamedForTheRequest() {
        rewriteRun(
          //language=java
          java(
            """
              import java.util.List;
              public class ImportTnOrderClient {
                  public record ImportRequest(String customerOrderId, String subscriber, List<String> telephoneNumbers) {
                  }
                  public String createImport(ImportRequest request) {
                      return request.customerOrderId();
                  }
              }
              """
          ),
          //language=java
          java(
            """
              import java.util.List;
              public class BillingClient {
                  public record Invoice(String customerId, List<String> lines) {
                  }
              }
              """
          ),
          //language=java
          java(
            """
              import java.util.List;
              class ImportTnOrderClientTest {
                  void creates(ImportTnOrderClient client) {
                      client.createImport(new ImportTnOrderClient.ImportRequest("LL-HM-1", "Oak City Dental",
                          List.of("9198675309")));
                      new BillingClient.Invoice("c-1", List.of("9198675310"));
                  }
              }
              """,
            """
              import java.util.List;
              class ImportTnOrderClientTest {
                  void creates(ImportTnOrderClient client) {
                      client.createImport(new ImportTnOrderClient.ImportRequest("LL-HM-1", "Oak City Dental",
                          List.of("+19198675309")));
                      new BillingClient.Invoice("c-1", List.of("9198675310"));
                  }
              }
              """
          )
        );
    }

    @Test
    void callbackNumberOfAnE911Order() {
        rewriteRun(
          //language=xml
          xml(
            """
              <E911Order>
                  <CustomerOrderId>HL-E911-HQ</CustomerOrderId>
                  <CallerName>HARBORLINE HQ</CallerName>
                  <CallbackNumber>9195550100</CallbackNumber>
              </E911Order>
              """,
            """
              <E911Order>
                  <CustomerOrderId>HL-E911-HQ</CustomerOrderId>
                  <CallerName>HARBORLINE HQ</CallerName>
                  <CallbackNumber>+19195550100</CallbackNumber>
              </E911Order>
              """,
            spec -> spec.path("src/main/resources/templates/e911-order.xml")
          )
        );
    }

    @Test
    void valuesGivenToTheNumberPlaceholdersOfARequestTemplate() {
        rewriteRun(
          //language=xml
          xml(
            """
              <SipPeerTelephoneNumber>
                  <FullNumber>${fullNumber}</FullNumber>
                  <CallForward>${forwardTo}</CallForward>
              </SipPeerTelephoneNumber>
              """,
            spec -> spec.path("src/main/resources/templates/sippeer-tn.xml")
          ),
          //language=xml
          xml(
            """
              <Contact>
                  <PhoneNumber>${phone}</PhoneNumber>
              </Contact>
              """,
            spec -> spec.path("src/main/resources/templates/crm-contact.xml")
          ),
          //language=java
          java(
            """
              import java.util.HashMap;
              import java.util.Map;
              class TemplatesTest {
                  void renders() {
                      Templates.render("templates/sippeer-tn.xml", Map.of("fullNumber", "9195550170", "smsEnabled", "true"));
                      Map<String, String> values = new HashMap<>();
                      values.put("forwardTo", "9195550160");
                      values.put("orderId", "4105550000");
                      Templates.render("/templates/sippeer-tn.xml", values);
                      Templates.render("templates/crm-contact.xml", Map.of("phone", "9195550199"));
                  }
              }
              class Templates {
                  static String render(String resource, Map<String, String> values) {
                      return resource;
                  }
              }
              """,
            """
              import java.util.HashMap;
              import java.util.Map;
              class TemplatesTest {
                  void renders() {
                      Templates.render("templates/sippeer-tn.xml", Map.of("fullNumber", "+19195550170", "smsEnabled", "true"));
                      Map<String, String> values = new HashMap<>();
                      values.put("forwardTo", "+19195550160");
                      values.put("orderId", "4105550000");
                      Templates.render("/templates/sippeer-tn.xml", values);
                      Templates.render("templates/crm-contact.xml", Map.of("phone", "9195550199"));
                  }
              }
              class Templates {
                  static String render(String resource, Map<String, String> values) {
                      return resource;
                  }
              }
              """
          )
        );
    }

    /**
     * A template engine's template named without its extension ({@code templates.render("import-tn-order", model)} for
     * {@code templates/dashboard/import-tn-order.xml}), whose number element takes its value in Thymeleaf's attributes
     * ({@code th:each="tn : ${tns}" th:text="${tn}"}), filled from a record's component and from a parameter: what the
     * record's constructor and the method's callers are handed for them is sent. A template whose name only ends the
     * same ({@code area-code-order}) and a value of another key stay.
     */
    @Test
    void templateNamedWithoutItsExtensionFilledFromARecordAndAParameter() {
        rewriteRun(
          //language=xml
          xml(
            """
              <ImportTnOrder xmlns:th="http://www.thymeleaf.org">
                  <CustomerOrderId th:text="${customerOrderId}">HM-1</CustomerOrderId>
                  <TelephoneNumbers>
                      <TelephoneNumber th:each="tn : ${tns}" th:text="${tn}">+18045550100</TelephoneNumber>
                  </TelephoneNumbers>
              </ImportTnOrder>
              """,
            spec -> spec.path("src/main/resources/templates/dashboard/import-tn-order.xml")
          ),
          //language=xml
          xml(
            """
              <Order xmlns:th="http://www.thymeleaf.org">
                  <CustomerOrderId th:text="${customerOrderId}">HM-1</CustomerOrderId>
                  <AreaCodeSearchAndOrderType><AreaCode th:text="${areaCode}">919</AreaCode></AreaCodeSearchAndOrderType>
                  <TelephoneNumber th:text="${ref}">+18045550100</TelephoneNumber>
              </Order>
              """,
            spec -> spec.path("src/main/resources/templates/dashboard/area-code-order.xml")
          ),
          //language=java
          java(
            """
              package com.acme.hosted;
              import java.util.List;
              import java.util.Map;
              public class HostedMessagingClient {
                  public record ImportRequest(String customerOrderId, List<String> telephoneNumbers) {
                  }
                  private final Templates templates = new Templates();
                  public String importNumbers(ImportRequest request) {
                      Map<String, Object> model = new java.util.LinkedHashMap<>();
                      model.put("customerOrderId", request.customerOrderId());
                      model.put("tns", request.telephoneNumbers());
                      return templates.render("import-tn-order", model);
                  }
                  public String removeImported(String customerOrderId, List<String> telephoneNumbers) {
                      return templates.render("import-tn-order", Map.of("customerOrderId", customerOrderId, "tns", telephoneNumbers));
                  }
                  public String order(String customerOrderId, String reference) {
                      return templates.render("order", Map.of("customerOrderId", customerOrderId, "ref", reference));
                  }
              }
              class Templates {
                  String render(String name, Map<String, ?> model) {
                      return name;
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.hosted;
              import java.util.List;
              class HostedMessagingClientTest {
                  void imports(HostedMessagingClient client) {
                      client.importNumbers(new HostedMessagingClient.ImportRequest("HM-2211", List.of("8045550155")));
                      client.removeImported("HM-2212", List.of("8045550156"));
                      client.order("8045550157", "8045550158");
                  }
              }
              """,
            """
              package com.acme.hosted;
              import java.util.List;
              class HostedMessagingClientTest {
                  void imports(HostedMessagingClient client) {
                      client.importNumbers(new HostedMessagingClient.ImportRequest("HM-2211", List.of("+18045550155")));
                      client.removeImported("HM-2212", List.of("+18045550156"));
                      client.order("8045550157", "8045550158");
                  }
              }
              """
          )
        );
    }

    /**
     * A template named by a constant of another class ({@code templates.render(TemplateNames.E911_ORDER, values)} with
     * {@code E911_ORDER = "e911-order.xml"}), its number placeholder filled from the method's parameter: the number a
     * test hands the method is sent. A constant naming another template (a contact card) stays.
     */
    @Test
    void templateNamedByAConstantOfAnotherClassFilledFromAParameter() {
        rewriteRun(
          //language=xml
          xml(
            """
              <E911Order>
                  <CustomerOrderId>${customerOrderId}</CustomerOrderId>
                  <TelephoneNumber>${telephoneNumber}</TelephoneNumber>
              </E911Order>
              """,
            spec -> spec.path("src/main/resources/templates/e911-order.xml")
          ),
          //language=xml
          xml(
            """
              <Contact>
                  <PhoneNumber>${telephoneNumber}</PhoneNumber>
              </Contact>
              """,
            spec -> spec.path("src/main/resources/templates/contact.xml")
          ),
          //language=java
          java(
            """
              package com.acme.templates;
              public final class TemplateNames {
                  public static final String E911_ORDER = "e911-order.xml";
                  public static final String CONTACT = "contact.xml";
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.e911;
              import java.util.HashMap;
              import java.util.Map;
              import com.acme.templates.TemplateNames;
              public class E911Client {
                  public String provision(String telephoneNumber, String callerName) {
                      Map<String, Object> values = new HashMap<>();
                      values.put("customerOrderId", "e911-" + callerName);
                      values.put("telephoneNumber", telephoneNumber);
                      return render(TemplateNames.E911_ORDER, values);
                  }
                  public String contact(String telephoneNumber) {
                      Map<String, Object> values = new HashMap<>();
                      values.put("telephoneNumber", telephoneNumber);
                      return render(TemplateNames.CONTACT, values);
                  }
                  private String render(String name, Map<String, ?> values) {
                      return name + values;
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.e911;
              class E911ClientTest {
                  void provisions(E911Client client) {
                      client.provision("9195550100", "Cedarline NOC");
                      client.contact("9195550101");
                  }
              }
              """,
            """
              package com.acme.e911;
              class E911ClientTest {
                  void provisions(E911Client client) {
                      client.provision("+19195550100", "Cedarline NOC");
                      client.contact("9195550101");
                  }
              }
              """
          )
        );
    }

    /**
     * The number a request template writes into a number element when it is given none: Pebble's
     * {@code {{ btn | default("9195550100") }}} (in a template named {@code .xml}), FreeMarker's {@code ${btn!"9195550100"}}, Velocity's
     * {@code #if($btn)$btn#else9195550100#end}. A default of an element that holds no number, or one in E.164, stays.
     */
    @Test
    void defaultNumberOfARequestTemplate() {
        rewriteRun(
          //language=xml
          xml(
            """
              <LnpOrder>
                <CustomerOrderId>{{ orderId | default("4105550000") }}</CustomerOrderId>
                <BillingTelephoneNumber>{{ btn | default("9195550100") }}</BillingTelephoneNumber>
              </LnpOrder>
              """,
            """
              <LnpOrder>
                <CustomerOrderId>{{ orderId | default("4105550000") }}</CustomerOrderId>
                <BillingTelephoneNumber>{{ btn | default("+19195550100") }}</BillingTelephoneNumber>
              </LnpOrder>
              """,
            spec -> spec.path("src/main/resources/templates/port-in.xml")
          ),
          //language=xml
          xml(
            """
              <LnpOrder>
                <BillingTelephoneNumber>${btn!"3365550190"}</BillingTelephoneNumber>
              </LnpOrder>
              """,
            """
              <LnpOrder>
                <BillingTelephoneNumber>${btn!"+13365550190"}</BillingTelephoneNumber>
              </LnpOrder>
              """,
            spec -> spec.path("src/main/resources/templates/port-in.ftl")
          ),
          //language=xml
          xml(
            """
              <LnpOrder>
                <BillingTelephoneNumber>#if( $btn )$btn#else3365550190#end</BillingTelephoneNumber>
                <AlternateNumber>#if( $alt )$alt#else+13365550191#end</AlternateNumber>
              </LnpOrder>
              """,
            """
              <LnpOrder>
                <BillingTelephoneNumber>#if( $btn )$btn#else+13365550190#end</BillingTelephoneNumber>
                <AlternateNumber>#if( $alt )$alt#else+13365550191#end</AlternateNumber>
              </LnpOrder>
              """,
            spec -> spec.path("src/main/resources/templates/port-in.vm")
          )
        );
    }

    /**
     * A list a template's loop walks into a number element (Velocity's {@code #foreach($tn in $tns)}, Mustache's
     * {@code {{#tns}}..{{.}}..{{/tns}}}, FreeMarker's {@code <#list tns as tn>}): the numbers a caller fills that list
     * with are sent, also to a template named as the engine resolves it ({@code render("tn-option-order.xml", ..)} for
     * {@code tn-option-order.xml.mustache}). A list the template does not walk into a number element ({@code contacts}) stays.
     */
    @Test
    void listsATemplatesLoopWalksIntoNumberElements() {
        rewriteRun(
          //language=xml
          xml(
            """
              <Order>
                <SiteId>$siteId</SiteId>
                <TelephoneNumbers>
              #foreach( $tn in $tns )
                  <TelephoneNumber>$tn</TelephoneNumber>
              #end
                </TelephoneNumbers>
              </Order>
              """,
            spec -> spec.path("src/main/resources/templates/order.vm")
          ),
          //language=xml
          xml(
            """
              <TnOptionOrder>
                <TnOptionGroups><TnOptionGroup>
                  <TelephoneNumbers>
                    {{#numbers}}<TelephoneNumber>{{.}}</TelephoneNumber>{{/numbers}}
                  </TelephoneNumbers>
                </TnOptionGroup></TnOptionGroups>
              </TnOptionOrder>
              """,
            spec -> spec.path("src/main/resources/templates/tn-option-order.xml.mustache")
          ),
          //language=java
          java(
            """
              package com.acme.templates;
              import java.util.List;
              import java.util.Map;
              class TemplateRendererTest {
                  String order(TemplateRenderer renderer) {
                      return renderer.render("order.vm", Map.of("siteId", "4471", "tns", List.of("4045550170", "4045550171"),
                              "contacts", List.of("4045550199")));
                  }
                  String options(TemplateRenderer renderer) {
                      return renderer.render("tn-option-order.xml", Map.of("numbers", List.of("4045550172")));
                  }
              }
              """,
            """
              package com.acme.templates;
              import java.util.List;
              import java.util.Map;
              class TemplateRendererTest {
                  String order(TemplateRenderer renderer) {
                      return renderer.render("order.vm", Map.of("siteId", "4471", "tns", List.of("+14045550170", "+14045550171"),
                              "contacts", List.of("4045550199")));
                  }
                  String options(TemplateRenderer renderer) {
                      return renderer.render("tn-option-order.xml", Map.of("numbers", List.of("+14045550172")));
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.templates;
              import java.util.Map;
              public class TemplateRenderer {
                  public String render(String name, Map<String, ?> model) {
                      return name + model;
                  }
              }
              """
          )
        );
    }

    /**
     * A template handed with other String constants ({@code render("templates/order.xml", values, Charsets.UTF8)},
     * {@code render(Charsets.UTF8, TemplateNames.IMPORT, values)}): the argument that names a template is the template,
     * wherever it stands; a constant beside it (a charset) does not replace it.
     */
    @Test
    void templateHandedWithAnotherStringConstant() {
        rewriteRun(
          //language=xml
          xml(
            """
              <ImportTnOrder>
                  <TelephoneNumbers>
                      <TelephoneNumber>${tn}</TelephoneNumber>
                  </TelephoneNumbers>
              </ImportTnOrder>
              """,
            spec -> spec.path("src/main/resources/templates/import-order.xml")
          ),
          //language=java
          java(
            """
              package com.acme.templates;
              public final class Names {
                  public static final String UTF8 = "UTF-8";
                  public static final String IMPORT = "templates/import-order.xml";
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.orders;
              import java.util.Map;
              import com.acme.templates.Names;
              public class Importer {
                  public String byLiteral() {
                      return render("templates/import-order.xml", Map.of("tn", "9195550100"), Names.UTF8);
                  }
                  public String byConstant() {
                      return render(Names.UTF8, Names.IMPORT, Map.of("tn", "9195550101"));
                  }
                  public String other() {
                      return render("templates/contact.xml", Map.of("tn", "9195550102"), Names.UTF8);
                  }
                  private String render(Object... parts) {
                      return String.valueOf(parts.length);
                  }
              }
              """,
            """
              package com.acme.orders;
              import java.util.Map;
              import com.acme.templates.Names;
              public class Importer {
                  public String byLiteral() {
                      return render("templates/import-order.xml", Map.of("tn", "+19195550100"), Names.UTF8);
                  }
                  public String byConstant() {
                      return render(Names.UTF8, Names.IMPORT, Map.of("tn", "+19195550101"));
                  }
                  public String other() {
                      return render("templates/contact.xml", Map.of("tn", "9195550102"), Names.UTF8);
                  }
                  private String render(Object... parts) {
                      return String.valueOf(parts.length);
                  }
              }
              """
          )
        );
    }

    //language=java
    static final String ORDER_REQUEST = """
      package com.acme.orders;
      import java.util.ArrayList;
      import java.util.List;
      public class OrderRequest {
          final List<String> existing = new ArrayList<>();
          public static Builder builder() { return new Builder(); }
          public static class Builder {
              final OrderRequest order = new OrderRequest();
              public Builder customerOrderId(String id) { return this; }
              public Builder existingNumbers(List<String> tns) { order.existing.addAll(tns); return this; }
              public Builder quantities(List<String> counts) { return this; }
              public OrderRequest build() { return order; }
          }
      }
      """;

    //language=java
    static final String ORDER_SERVICE = """
      package com.acme.orders;
      import java.util.List;
      public class OrderService {
          static final String ORDERS = "https://dashboard.bandwidth.com/api/v2/accounts/1/orders";
          public String orderExisting(String customerOrderId, List<String> telephoneNumbers) {
              return send(OrderRequest.builder().customerOrderId(customerOrderId).existingNumbers(telephoneNumbers).build());
          }
          public String orderCounts(List<String> counts) {
              return send(OrderRequest.builder().quantities(counts).build());
          }
          String send(OrderRequest order) { return ORDERS; }
      }
      """;

    /**
     * A step of a request model whose parameter is named for numbers ({@code existingNumbers(List<String> tns)}) sends
     * what it is given, as a step named for them does: a test that orders numbers through the service sends them. A
     * step whose parameter holds anything else does not.
     */
    @Test
    void requestModelStepWhoseParameterHoldsNumbers() {
        rewriteRun(
          java(ORDER_REQUEST),
          java(ORDER_SERVICE),
          java(
            """
              package com.acme.orders;
              import java.util.List;
              class OrderServiceTest {
                  void ordersExisting(OrderService orders) {
                      orders.orderExisting("CRM-1", List.of("7575550147", "7575550148"));
                      orders.orderCounts(List.of("7575550149"));
                  }
              }
              """,
            """
              package com.acme.orders;
              import java.util.List;
              class OrderServiceTest {
                  void ordersExisting(OrderService orders) {
                      orders.orderExisting("CRM-1", List.of("+17575550147", "+17575550148"));
                      orders.orderCounts(List.of("7575550149"));
                  }
              }
              """,
            spec -> spec.path("src/test/java/com/acme/orders/OrderServiceTest.java")
          )
        );
    }

    //language=java
    static final String DASHBOARD_HTTP = """
      package com.acme.dashboard;
      import java.net.URI;
      import java.net.http.HttpClient;
      import java.net.http.HttpRequest;
      import jakarta.inject.Named;
      public class DashboardHttp {
          private final HttpClient http = HttpClient.newHttpClient();
          private final String baseUrl;
          public DashboardHttp(@Named("dashboard.base-url") String baseUrl) {
              this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
          }
          public HttpRequest post(String path, String body) {
              return HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
          }
      }
      """;

    //language=java
    static final String NUMBER_SERVICE = """
      package com.acme.orders;
      import com.acme.dashboard.DashboardHttp;
      import java.util.List;
      public class NumberService {
          private final DashboardHttp dashboard;
          public NumberService(DashboardHttp dashboard) { this.dashboard = dashboard; }
          public Object order(List<String> telephoneNumbers) {
              return dashboard.post("/orders", String.valueOf(OrderRequest.builder().existingNumbers(telephoneNumbers).build()));
          }
      }
      """;

    /**
     * A wrapper of the project's whose base URL is injected by name ({@code @Named("dashboard.base-url")}) and has its trailing slash taken off
     * ({@code baseUrl.endsWith("/") ? baseUrl.substring(..) : baseUrl}) still sends to the configured Dashboard: the
     * service holding it sends the numbers a test orders through it. When the wrapper's base is another service's, it
     * does not (its property names the Dashboard, its value does not).
     */
    @Test
    void wrapperWithATidiedInjectedBaseUrl() {
        orderThroughTheWrapper("https://dashboard.bandwidth.com/api/v2/accounts/9900/", true);
    }

    @Test
    void wrapperWhoseBaseUrlIsAnotherServices() {
        orderThroughTheWrapper("https://crm.acme.internal/v3/", false);
    }

    //language=java
    static final String NUMBER_SERVICE_TEST = """
      package com.acme.orders;
      import java.util.List;
      class NumberServiceTest {
          void orders(NumberService numbers) {
              numbers.order(List.of("7575550147"));
          }
      }
      """;

    /** A test ordering a number through {@link #NUMBER_SERVICE}, whose wrapper's base URL is {@code baseUrl}. */
    private void orderThroughTheWrapper(String baseUrl, boolean sent) {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("jakarta.inject-api")),
          properties("dashboard.base-url=" + baseUrl + "\n", spec -> spec.path("src/main/resources/application.properties")),
          java(ORDER_REQUEST),
          java(DASHBOARD_HTTP),
          java(NUMBER_SERVICE),
          sent ? java(NUMBER_SERVICE_TEST, NUMBER_SERVICE_TEST.replace("\"7575550147\"", "\"+17575550147\""),
            spec -> spec.path("src/test/java/com/acme/orders/NumberServiceTest.java"))
            : java(NUMBER_SERVICE_TEST, spec -> spec.path("src/test/java/com/acme/orders/NumberServiceTest.java"))
        );
    }

    /** Numbers handed to a method of the project that gives them to the SDK, in a new list made of them. */
    @Test
    void listCopyHandedToAMethodThatSendsItsNumbers() {
        rewriteRun(
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.ImportTnChecker;
              import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
              import java.util.ArrayList;
              import java.util.Arrays;
              import java.util.List;
              class Pilot {
                  IrisClient client;
                  Object pilotNumbers() throws Exception {
                      return importable(new ArrayList<String>(Arrays.asList("9105550160", "9105550161")));
                  }
                  Object importable(List<String> telephoneNumbers) throws Exception {
                      ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
                      payload.setTelephoneNumberList(telephoneNumbers);
                      return ImportTnChecker.Check(client, payload);
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.ImportTnChecker;
              import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
              import java.util.ArrayList;
              import java.util.Arrays;
              import java.util.List;
              class Pilot {
                  IrisClient client;
                  Object pilotNumbers() throws Exception {
                      return importable(new ArrayList<String>(Arrays.asList("+19105550160", "+19105550161")));
                  }
                  Object importable(List<String> telephoneNumbers) throws Exception {
                      ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
                      payload.setTelephoneNumberList(telephoneNumbers);
                      return ImportTnChecker.Check(client, payload);
                  }
              }
              """
          )
        );
    }

    /**
     * A utility of a class that does not talk to the Dashboard writes number elements of its list parameter
     * ({@code XmlSupport.tnElements(tns)}, appended to a StringBuilder); a Dashboard client hands it the numbers of
     * the order it sends: the numbers its callers pass are sent. The same utility given numbers only by a class of
     * the customer's own (a contact export) sends nothing.
     */
    @Test
    void numbersHandedToAUtilityThatWritesNumberElementsForADashboardClient() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.util;
              import java.util.Collection;
              public final class XmlSupport {
                  public static String tnElements(Collection<String> telephoneNumbers, int indent) {
                      String pad = " ".repeat(indent);
                      StringBuilder sb = new StringBuilder();
                      for (String tn : telephoneNumbers) {
                          sb.append(pad).append("<TelephoneNumber>").append(escape(tn)).append("</TelephoneNumber>");
                      }
                      return sb.toString();
                  }
                  public static String escape(String value) { return value.replace("&", "&amp;"); }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              import com.acme.util.XmlSupport;
              import java.util.List;
              public class OrderClient {
                  static final String ORDERS = "https://dashboard.bandwidth.com/api/v2/accounts/9900/orders";
                  public String createOrder(String id, List<String> telephoneNumbers) {
                      return "<Order><CustomerOrderId>" + id + "</CustomerOrderId><TelephoneNumberList>"
                          + XmlSupport.tnElements(telephoneNumbers, 0) + "</TelephoneNumberList></Order>";
                  }
                  public String smokeOrder() {
                      return createOrder("smoke", List.of("9195550142"));
                  }
              }
              """,
            """
              package com.acme.dashboard;
              import com.acme.util.XmlSupport;
              import java.util.List;
              public class OrderClient {
                  static final String ORDERS = "https://dashboard.bandwidth.com/api/v2/accounts/9900/orders";
                  public String createOrder(String id, List<String> telephoneNumbers) {
                      return "<Order><CustomerOrderId>" + id + "</CustomerOrderId><TelephoneNumberList>"
                          + XmlSupport.tnElements(telephoneNumbers, 0) + "</TelephoneNumberList></Order>";
                  }
                  public String smokeOrder() {
                      return createOrder("smoke", List.of("+19195550142"));
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.contacts;
              import com.acme.util.XmlSupport;
              import java.util.List;
              class ContactExport {
                  String export() {
                      return "<Contacts>" + XmlSupport.tnElements(List.of("9195550177"), 2) + "</Contacts>";
                  }
              }
              """
          )
        );
    }

    /**
     * A record's component put into a request ({@code request.billingTelephoneNumber()} as a format argument of an
     * order's {@code <BillingTelephoneNumber>%s</BillingTelephoneNumber>}): the numbers the record's constructor calls
     * give that component are sent. Its other components (a business name) are not.
     */
    @Test
    void recordComponentPutIntoARequest() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.dashboard;
              public class PortInClient {
                  static final String URL = "https://dashboard.bandwidth.com/api/v2/accounts/1/portins";
                  static final String LNP = "<LnpOrder><BillingTelephoneNumber>%s</BillingTelephoneNumber><Name>%s</Name></LnpOrder>";
                  public record PortRequest(String customerOrderId, String billingTelephoneNumber, String businessName) {
                  }
                  public String body(PortRequest request) {
                      return String.format(LNP, request.billingTelephoneNumber(), request.businessName());
                  }
                  public String smoke() {
                      return body(new PortRequest("smoke-port", "9192384410", "4045550100 Lab"));
                  }
              }
              """,
            """
              package com.acme.dashboard;
              public class PortInClient {
                  static final String URL = "https://dashboard.bandwidth.com/api/v2/accounts/1/portins";
                  static final String LNP = "<LnpOrder><BillingTelephoneNumber>%s</BillingTelephoneNumber><Name>%s</Name></LnpOrder>";
                  public record PortRequest(String customerOrderId, String billingTelephoneNumber, String businessName) {
                  }
                  public String body(PortRequest request) {
                      return String.format(LNP, request.billingTelephoneNumber(), request.businessName());
                  }
                  public String smoke() {
                      return body(new PortRequest("smoke-port", "+19192384410", "4045550100 Lab"));
                  }
              }
              """
          )
        );
    }

    /**
     * A loop over a record's component that writes each item into a request's number elements
     * ({@code for (String tn : request.numbers()) xml.append("<PhoneNumber>").append(tn)}): the numbers a call of the
     * record's constructor gives that component are sent. A list of the record's that the loop does not read stays.
     */
    @Test
    void loopOverARecordsComponentIntoARequest() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.dashboard;
              import java.util.List;
              public record PortRequest(String customerOrderId, List<String> numbers, List<String> contacts) {
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              import java.util.List;
              public class PortInClient {
                  static final String URL = "https://dashboard.bandwidth.com/api/v2/accounts/1/portins";
                  public String submit(PortRequest request) {
                      StringBuilder numbers = new StringBuilder();
                      for (String tn : request.numbers()) {
                          numbers.append("<PhoneNumber>").append(tn).append("</PhoneNumber>");
                      }
                      String body = "<LnpOrder><ListOfPhoneNumbers>" + numbers + "</ListOfPhoneNumbers></LnpOrder>";
                      return post(URL, body);
                  }
                  private String post(String url, String body) {
                      return url + body;
                  }
                  public String smokePortIn() {
                      return submit(new PortRequest("smoke-port", List.of("9192384411"), List.of("9192384499")));
                  }
              }
              """,
            """
              package com.acme.dashboard;
              import java.util.List;
              public class PortInClient {
                  static final String URL = "https://dashboard.bandwidth.com/api/v2/accounts/1/portins";
                  public String submit(PortRequest request) {
                      StringBuilder numbers = new StringBuilder();
                      for (String tn : request.numbers()) {
                          numbers.append("<PhoneNumber>").append(tn).append("</PhoneNumber>");
                      }
                      String body = "<LnpOrder><ListOfPhoneNumbers>" + numbers + "</ListOfPhoneNumbers></LnpOrder>";
                      return post(URL, body);
                  }
                  private String post(String url, String body) {
                      return url + body;
                  }
                  public String smokePortIn() {
                      return submit(new PortRequest("smoke-port", List.of("+19192384411"), List.of("9192384499")));
                  }
              }
              """
          )
        );
    }

    /**
     * A number read by the project's settings lookup with a default in code ({@code settings.get("diagnose.canary-tn",
     * "NUMCTL_CANARY_TN", CANARY_TN)}) and handed to the SDK: the value one stage's file sets is sent, and so is the
     * default, in every stage that does not set it. Both are fixed. A default in E.164 is left as it is.
     */
    @Test
    void numberOfASettingAndItsDefaultInCodeBothSent() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          properties(
            "diagnose.canary-tn=9195550147\n",
            "diagnose.canary-tn=+19195550147\n",
            spec -> spec.path("src/main/resources/config/numctl-dev.properties")
          ),
          //language=java
          java(
            """
              package com.acme.config;
              import java.util.Properties;
              public class Settings {
                  private final Properties props = new Properties();
                  public String get(String key, String envVar, String defaultValue) {
                      String fromEnv = envVar == null ? null : System.getenv(envVar);
                      if (fromEnv != null && !fromEnv.isBlank()) {
                          return fromEnv.trim();
                      }
                      String value = props.getProperty(key);
                      return value != null ? value.trim() : defaultValue;
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.cli;
              import com.acme.config.Settings;
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.Tns;
              class DiagnoseCommand {
                  private static final String CANARY_TN = "9195550147";
                  private static final String LAB_TN = "+19195550148";
                  Settings settings;
                  IrisClient iris;
                  void run() throws Exception {
                      String canary = settings.get("diagnose.canary-tn", "NUMCTL_CANARY_TN", CANARY_TN);
                      Tns.getTnDetails(iris, canary);
                      String lab = settings.get("diagnose.lab-tn", "NUMCTL_LAB_TN", LAB_TN);
                      Tns.getTnDetails(iris, lab);
                  }
              }
              """,
            """
              package com.acme.cli;
              import com.acme.config.Settings;
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.Tns;
              class DiagnoseCommand {
                  private static final String CANARY_TN = "+19195550147";
                  private static final String LAB_TN = "+19195550148";
                  Settings settings;
                  IrisClient iris;
                  void run() throws Exception {
                      String canary = settings.get("diagnose.canary-tn", "NUMCTL_CANARY_TN", CANARY_TN);
                      Tns.getTnDetails(iris, canary);
                      String lab = settings.get("diagnose.lab-tn", "NUMCTL_LAB_TN", LAB_TN);
                      Tns.getTnDetails(iris, lab);
                  }
              }
              """
          )
        );
    }

    /**
     * A number injected by MicroProfile Config into an {@code Optional} ({@code @ConfigProperty(name =
     * "dashboard.canary-tn") Optional<String> canaryTn}), unwrapped ({@code settings.canaryTn().orElse(null)}) and
     * handed to the SDK: its value in {@code microprofile-config.properties} is sent, and fixed there.
     */
    @Test
    void optionalNumberInjectedByMicroProfileConfigHandedToTheSdk() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          properties(
            """
              dashboard.base-url=https://dashboard.bandwidth.com/api/v2
              dashboard.canary-tn=9194600101
              dashboard.noc-tn=9194600111
              """,
            """
              dashboard.base-url=https://dashboard.bandwidth.com/api/v2
              dashboard.canary-tn=+19194600101
              dashboard.noc-tn=9194600111
              """,
            spec -> spec.path("src/main/resources/META-INF/microprofile-config.properties")
          ),
          //language=java
          java(
            """
              package com.acme.config;
              import java.util.Optional;
              import org.eclipse.microprofile.config.inject.ConfigProperty;
              public class DashboardSettings {
                  @ConfigProperty(name = "dashboard.canary-tn")
                  Optional<String> canaryTn;
                  @ConfigProperty(name = "dashboard.noc-tn")
                  Optional<String> nocTn;
                  public Optional<String> canaryTn() {
                      return canaryTn;
                  }
                  public Optional<String> nocTn() {
                      return nocTn;
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.api;
              import com.acme.config.DashboardSettings;
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.Tns;
              class SupportConsole {
                  DashboardSettings settings;
                  IrisClient iris;
                  String canary() throws Exception {
                      String canary = settings.canaryTn().orElse(null);
                      if (canary == null) {
                          return "no canary";
                      }
                      System.out.println("page " + settings.nocTn().orElse("nobody"));
                      return String.valueOf(Tns.getTnDetails(iris, canary));
                  }
              }
              """
          )
        );
    }

    /**
     * A record that environment files (JSON, YAML) are read into by its components' names
     * ({@code mapper.readValue(file, EnvironmentConfig.class)}): a component's accessor handed to the SDK
     * ({@code Tns.getTnDetails(client, env.smokeTestNumber())}) sends the files' value, so it is fixed there, in every
     * file that sets it (whichever file the accessor is first read from, one already in E.164 included). A component
     * that no request reads ({@code nocNumber}) stays; the record's compact constructor changes nothing.
     */
    @Test
    void componentOfARecordReadFromEnvironmentFilesHandedToTheSdk() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.config;
              public record EnvironmentConfig(String name, String dashboardBaseUrl, String accountId, String smokeTestNumber,
                                              String nocNumber) {
                  public EnvironmentConfig {
                      name = name == null ? "default" : name;
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.ops;
              import com.acme.config.EnvironmentConfig;
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.Tns;
              class SmokeTestJob {
                  void run(IrisClient iris, EnvironmentConfig env) throws Exception {
                      Tns.getTnDetails(iris, env.smokeTestNumber());
                      System.out.println("page the NOC at " + env.nocNumber());
                  }
              }
              """
          ),
          //language=yaml
          yaml(
            """
              name: staging
              dashboardBaseUrl: https://test.dashboard.bandwidth.com/api/v2
              accountId: "9900456"
              smokeTestNumber: "9194560190"
              nocNumber: "9194560111"
              """,
            """
              name: staging
              dashboardBaseUrl: https://test.dashboard.bandwidth.com/api/v2
              accountId: "9900456"
              smokeTestNumber: "+19194560190"
              nocNumber: "9194560111"
              """,
            spec -> spec.path("src/main/resources/environments/env-staging.yaml")
          ),
          //language=json
          json(
            """
              {"name": "prod", "dashboardBaseUrl": "https://dashboard.bandwidth.com/api/v2", "accountId": "9900123",
               "smokeTestNumber": "9195550100", "nocNumber": "9195550111"}
              """,
            """
              {"name": "prod", "dashboardBaseUrl": "https://dashboard.bandwidth.com/api/v2", "accountId": "9900123",
               "smokeTestNumber": "+19195550100", "nocNumber": "9195550111"}
              """,
            spec -> spec.path("src/main/resources/environments/prod.json")
          ),
          //language=yaml
          yaml(
            """
              name: lab
              dashboardBaseUrl: https://test.dashboard.bandwidth.com/api/v2
              accountId: "9900999"
              smokeTestNumber: "+19194560191"
              """,
            spec -> spec.path("src/main/resources/environments/lab.yaml")
          )
        );
    }

    /**
     * A stream over a record's component that maps each item into a request's number element
     * ({@code request.numbers().stream().map(tn -> "<PhoneNumber>" + tn + "</PhoneNumber>").collect(joining())},
     * formatted into the order's text block): the numbers a call of the record's constructor gives that component are
     * sent; the record's other list stays.
     */
    @Test
    void streamOverARecordsComponentIntoARequest() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.dashboard;
              import java.util.List;
              import java.util.stream.Collectors;
              public class PortInClient {
                  public record PortInRequest(String pon, List<String> numbers, List<String> contacts) {
                  }
                  static final String URL = "https://dashboard.bandwidth.com/api/v2/accounts/1/portins";
                  public String lnpOrderXml(PortInRequest request) {
                      String numbers = request.numbers().stream()
                              .map(tn -> "<PhoneNumber>" + tn + "</PhoneNumber>")
                              .collect(Collectors.joining("\\n"));
                      return \"""
                              <LnpOrder>
                                  <CustomerOrderId>%s</CustomerOrderId>
                                  <ListOfPhoneNumbers>
                              %s
                                  </ListOfPhoneNumbers>
                              </LnpOrder>
                              \""".formatted(request.pon(), numbers);
                  }
                  public String submit(PortInRequest request) {
                      return URL + lnpOrderXml(request);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              import java.util.List;
              class PortInClientTest {
                  String order(PortInClient client) {
                      return client.lnpOrderXml(new PortInClient.PortInRequest("PON-1", List.of("9195550180", "9195550181"),
                              List.of("9195550199")));
                  }
              }
              """,
            """
              package com.acme.dashboard;
              import java.util.List;
              class PortInClientTest {
                  String order(PortInClient client) {
                      return client.lnpOrderXml(new PortInClient.PortInRequest("PON-1", List.of("+19195550180", "+19195550181"),
                              List.of("9195550199")));
                  }
              }
              """
          )
        );
    }

    /**
     * A record's components handed to the SDK's port-in order ({@code order.setBillingTelephoneNumber(request.billingTelephoneNumber())},
     * {@code order.setListOfPhoneNumbers(request.telephoneNumbers())}): the numbers a call of the record's constructor
     * gives those components, one and a list, are sent. Its other components (a site id, a contact number the service
     * only prints) are not.
     */
    @Test
    void recordComponentsHandedToTheSdksOrder() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.porting;
              import java.util.List;
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.LnpOrder;
              public class PortInService {
                  public record PortInRequest(String siteId, String zip, String billingTelephoneNumber, List<String> telephoneNumbers, String contactNumber) {
                  }
                  public void submit(IrisClient client, PortInRequest request) throws Exception {
                      LnpOrder order = new LnpOrder();
                      order.setSiteId(request.siteId());
                      order.setBillingTelephoneNumber(request.billingTelephoneNumber());
                      order.setListOfPhoneNumbers(request.telephoneNumbers());
                      LnpOrder.create(client, order);
                      System.out.println("port-in filed; contact " + request.contactNumber());
                  }
                  public void portNocLines(IrisClient client) throws Exception {
                      submit(client, new PortInRequest("3101", "23502",
                              "7575550160",
                              List.of("7575550160",
                                      "7575550161"), "7575550199"));
                  }
              }
              """,
            """
              package com.acme.porting;
              import java.util.List;
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.LnpOrder;
              public class PortInService {
                  public record PortInRequest(String siteId, String zip, String billingTelephoneNumber, List<String> telephoneNumbers, String contactNumber) {
                  }
                  public void submit(IrisClient client, PortInRequest request) throws Exception {
                      LnpOrder order = new LnpOrder();
                      order.setSiteId(request.siteId());
                      order.setBillingTelephoneNumber(request.billingTelephoneNumber());
                      order.setListOfPhoneNumbers(request.telephoneNumbers());
                      LnpOrder.create(client, order);
                      System.out.println("port-in filed; contact " + request.contactNumber());
                  }
                  public void portNocLines(IrisClient client) throws Exception {
                      submit(client, new PortInRequest("3101", "23502",
                              "+17575550160",
                              List.of("+17575550160",
                                      "+17575550161"), "7575550199"));
                  }
              }
              """
          )
        );
    }

    /**
     * A class of URL helpers ({@code DashboardUrls}, whose methods return whole URLs) reached through the client that
     * holds it ({@code rest.urls().account("/tns") + "/" + tn + "/tndetails"}): read through the helper's method, not
     * as a URL builder's steps, so the number a test hands the client lands after {@code /tns/} and is fixed.
     */
    @Test
    void numberAfterAnAccountUrlOfAHelperClassReachedThroughTheClient() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.dashboard;
              public class DashboardUrls {
                  private final String baseUrl = "https://dashboard.bandwidth.com/api/v2";
                  private final String accountId = "9900012";
                  public String account() {
                      return baseUrl + "/accounts/" + accountId;
                  }
                  public String account(String path) {
                      return account() + path;
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              public class DashboardRest {
                  private final DashboardUrls urls = new DashboardUrls();
                  public DashboardUrls urls() { return urls; }
                  public String get(String url) { return url; }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              public class InventoryClient {
                  private final DashboardRest rest = new DashboardRest();
                  public String tnDetails(String tn) {
                      return rest.get(rest.urls().account("/tns") + "/" + tn + "/tndetails");
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              class InventoryClientTest {
                  void readsTnDetails(InventoryClient client) {
                      client.tnDetails("9195550145");
                  }
              }
              """,
            """
              package com.acme.dashboard;
              class InventoryClientTest {
                  void readsTnDetails(InventoryClient client) {
                      client.tnDetails("+19195550145");
                  }
              }
              """
          )
        );
    }

    /**
     * A number a test puts in a message header ({@code exchange.getIn().setHeader("tn", "9193860142")}) that the
     * processor reads back ({@code getHeader("tn", String.class)}) into a model the project maps to a Dashboard
     * request ({@code @XmlRootElement(name = "SipPeerTelephoneNumber")}): the test's number is sent. A header the
     * processor writes into a model of the customer's own is left alone.
     */
    @Test
    void numberPutInAMessageHeaderThatAProcessorSends() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.model;
              import javax.xml.bind.annotation.XmlElement;
              import javax.xml.bind.annotation.XmlRootElement;
              @XmlRootElement(name = "SipPeerTelephoneNumber")
              public class SipPeerTnXml {
                  @XmlElement(name = "FullNumber")
                  private String fullNumber;
                  public void setFullNumber(String fullNumber) { this.fullNumber = fullNumber; }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.model;
              public class CrmContact {
                  private String fullNumber;
                  public void setFullNumber(String fullNumber) { this.fullNumber = fullNumber; }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.processor;
              import com.acme.model.CrmContact;
              import com.acme.model.SipPeerTnXml;
              import org.apache.camel.Exchange;
              import org.apache.camel.Processor;
              public class SipPeerTnPayloadProcessor implements Processor {
                  @Override
                  public void process(Exchange exchange) {
                      String tn = exchange.getIn().getHeader("tn", String.class);
                      SipPeerTnXml payload = new SipPeerTnXml();
                      payload.setFullNumber(tn);
                      exchange.getIn().setBody(payload);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.processor;
              import com.acme.model.CrmContact;
              import org.apache.camel.Exchange;
              import org.apache.camel.Processor;
              public class ContactProcessor implements Processor {
                  @Override
                  public void process(Exchange exchange) {
                      CrmContact contact = new CrmContact();
                      contact.setFullNumber(exchange.getIn().getHeader("contactTn", String.class));
                      exchange.getIn().setBody(contact);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.processor;
              import org.apache.camel.Exchange;
              class SipPeerTnPayloadProcessorTest {
                  void smsToggle(Exchange exchange) {
                      exchange.getIn().setHeader("tn", "9193860142");
                      new SipPeerTnPayloadProcessor().process(exchange);
                  }
                  void contact(Exchange exchange) {
                      exchange.getIn().setHeader("contactTn", "9193860150");
                      new ContactProcessor().process(exchange);
                  }
              }
              """,
            """
              package com.acme.processor;
              import org.apache.camel.Exchange;
              class SipPeerTnPayloadProcessorTest {
                  void smsToggle(Exchange exchange) {
                      exchange.getIn().setHeader("tn", "+19193860142");
                      new SipPeerTnPayloadProcessor().process(exchange);
                  }
                  void contact(Exchange exchange) {
                      exchange.getIn().setHeader("contactTn", "9193860150");
                      new ContactProcessor().process(exchange);
                  }
              }
              """
          )
        );
    }

    /**
     * A request body written in a loop over a local list ({@code for (String tn : ordered)} appending
     * {@code <FullNumber>}), the list copied from a set made of a list constant, or over the constant itself: the
     * constant's numbers are sent. The same loop writing a contact list of the customer's own is left alone.
     */
    @Test
    void numbersOfALoopOverALocalCopyOfAListConstant() {
        rewriteRun(
          //language=java
          java(
            """
              import java.util.*;
              class MoveTns {
                  static final List<String> CORE = List.of("9193860142", "9193860143");
                  static final List<String> DIRECT = List.of("9193860144");
                  static final List<String> CONTACTS = List.of("9193860145");
                  String body(String extra) {
                      Set<String> numbers = new LinkedHashSet<>(CORE);
                      numbers.add(extra);
                      List<String> ordered = new ArrayList<>(numbers);
                      StringBuilder xml = new StringBuilder("<SipPeerTelephoneNumbers>");
                      for (String tn : ordered) {
                          xml.append("<FullNumber>").append(tn).append("</FullNumber>");
                      }
                      return xml.append("</SipPeerTelephoneNumbers>").toString();
                  }
                  String direct() {
                      StringBuilder xml = new StringBuilder("<SipPeerTelephoneNumbers>");
                      for (String tn : DIRECT) {
                          xml.append("<FullNumber>").append(tn).append("</FullNumber>");
                      }
                      return xml.append("</SipPeerTelephoneNumbers>").toString();
                  }
                  String contacts() {
                      StringBuilder xml = new StringBuilder("<Contacts>");
                      for (String tn : CONTACTS) {
                          xml.append("<Phone>").append(tn).append("</Phone>");
                      }
                      return xml.append("</Contacts>").toString();
                  }
              }
              """,
            """
              import java.util.*;
              class MoveTns {
                  static final List<String> CORE = List.of("+19193860142", "+19193860143");
                  static final List<String> DIRECT = List.of("+19193860144");
                  static final List<String> CONTACTS = List.of("9193860145");
                  String body(String extra) {
                      Set<String> numbers = new LinkedHashSet<>(CORE);
                      numbers.add(extra);
                      List<String> ordered = new ArrayList<>(numbers);
                      StringBuilder xml = new StringBuilder("<SipPeerTelephoneNumbers>");
                      for (String tn : ordered) {
                          xml.append("<FullNumber>").append(tn).append("</FullNumber>");
                      }
                      return xml.append("</SipPeerTelephoneNumbers>").toString();
                  }
                  String direct() {
                      StringBuilder xml = new StringBuilder("<SipPeerTelephoneNumbers>");
                      for (String tn : DIRECT) {
                          xml.append("<FullNumber>").append(tn).append("</FullNumber>");
                      }
                      return xml.append("</SipPeerTelephoneNumbers>").toString();
                  }
                  String contacts() {
                      StringBuilder xml = new StringBuilder("<Contacts>");
                      for (String tn : CONTACTS) {
                          xml.append("<Phone>").append(tn).append("</Phone>");
                      }
                      return xml.append("</Contacts>").toString();
                  }
              }
              """
          )
        );
    }

    /**
     * JUnit parameterized tests that send what they are run with: a {@code @CsvSource} row's column put into a
     * Dashboard request's {@code <FullNumber>}, a {@code @ValueSource} string put into a {@code /tns/} path, and the
     * numbers of the {@code Arguments.of(..)} a {@code @MethodSource} factory returns, handed to the Dashboard client.
     * The number is fixed inside the row, the rest of the row kept. A {@code @CsvSource} of numbers a test only
     * formats for display is left alone.
     */
    @Test
    void argumentsOfParameterizedTestsThatSendThem() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("junit-jupiter-params", "junit-jupiter-api")),
          //language=java
          java(
            """
              package com.acme.dashboard;
              import java.util.List;
              public class NumberClient {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1";
                  public String put(String path, String body) { return BASE + path + body; }
                  public String order(List<String> telephoneNumbers) {
                      StringBuilder xml = new StringBuilder("<Order><ExistingTelephoneNumberOrderType><TelephoneNumberList>");
                      for (String tn : telephoneNumbers) {
                          xml.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
                      }
                      return put("/orders", xml.append("</TelephoneNumberList></ExistingTelephoneNumberOrderType></Order>").toString());
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              import java.util.List;
              import java.util.stream.Stream;
              import org.junit.jupiter.params.ParameterizedTest;
              import org.junit.jupiter.params.provider.Arguments;
              import org.junit.jupiter.params.provider.CsvSource;
              import org.junit.jupiter.params.provider.MethodSource;
              import org.junit.jupiter.params.provider.ValueSource;
              class NumberClientTest {
                  NumberClient client = new NumberClient();
                  @ParameterizedTest
                  @CsvSource({
                          "9195550140, true",
                          "'9845550141', false"
                  })
                  void togglesSms(String tn, boolean sms) {
                      String body = \"""
                              <SipPeerTelephoneNumber>
                                  <FullNumber>%s</FullNumber>
                                  <MessagingSettings><SmsEnabled>%s</SmsEnabled></MessagingSettings>
                              </SipPeerTelephoneNumber>
                              \""".formatted(tn, sms);
                      client.put("/sites/2/sippeers/3/tns", body);
                  }
                  @ParameterizedTest
                  @ValueSource(strings = {"9195550150", "9195550151"})
                  void details(String tn) {
                      client.put("/tns/" + tn, "");
                  }
                  static Stream<Arguments> orders() {
                      return Stream.of(Arguments.of("9195550160", "NC"), Arguments.of("8035550161", "SC"));
                  }
                  @ParameterizedTest
                  @MethodSource("orders")
                  void orders(String tn, String state) {
                      client.order(List.of(tn));
                  }
                  @ParameterizedTest
                  @CsvSource({"9195550170, (919) 555-0170"})
                  void displays(String tn, String shown) {
                      String label = String.format("(%s) %s-%s", tn.substring(0, 3), tn.substring(3, 6), tn.substring(6));
                  }
              }
              """,
            """
              package com.acme.dashboard;
              import java.util.List;
              import java.util.stream.Stream;
              import org.junit.jupiter.params.ParameterizedTest;
              import org.junit.jupiter.params.provider.Arguments;
              import org.junit.jupiter.params.provider.CsvSource;
              import org.junit.jupiter.params.provider.MethodSource;
              import org.junit.jupiter.params.provider.ValueSource;
              class NumberClientTest {
                  NumberClient client = new NumberClient();
                  @ParameterizedTest
                  @CsvSource({
                          "+19195550140, true",
                          "'+19845550141', false"
                  })
                  void togglesSms(String tn, boolean sms) {
                      String body = \"""
                              <SipPeerTelephoneNumber>
                                  <FullNumber>%s</FullNumber>
                                  <MessagingSettings><SmsEnabled>%s</SmsEnabled></MessagingSettings>
                              </SipPeerTelephoneNumber>
                              \""".formatted(tn, sms);
                      client.put("/sites/2/sippeers/3/tns", body);
                  }
                  @ParameterizedTest
                  @ValueSource(strings = {"+19195550150", "+19195550151"})
                  void details(String tn) {
                      client.put("/tns/" + tn, "");
                  }
                  static Stream<Arguments> orders() {
                      return Stream.of(Arguments.of("+19195550160", "NC"), Arguments.of("+18035550161", "SC"));
                  }
                  @ParameterizedTest
                  @MethodSource("orders")
                  void orders(String tn, String state) {
                      client.order(List.of(tn));
                  }
                  @ParameterizedTest
                  @CsvSource({"9195550170, (919) 555-0170"})
                  void displays(String tn, String shown) {
                      String label = String.format("(%s) %s-%s", tn.substring(0, 3), tn.substring(3, 6), tn.substring(6));
                  }
              }
              """
          )
        );
    }

    /**
     * A model whose Jackson XML mapping names a Dashboard request's elements ({@code CustomerOrderId},
     * {@code ExistingTelephoneNumberOrderType}), whatever the class is called ({@code PortalOrderXml}): numbers added to
     * the public list of a class nested in it, by a factory that takes them as a parameter, are sent, so what a test
     * passes to the service that builds the order is fixed. A response model mapping the same elements, which a test
     * fills in as a fake answer, and a model of the customer's own are left alone.
     */
    @Test
    void numbersAddedToAModelMappedToARequestsElements() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("jackson-dataformat-xml", "jackson-annotations")),
          //language=java
          java(
            """
              package com.acme.orders;
              import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
              import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
              import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
              import java.util.ArrayList;
              import java.util.List;
              @JacksonXmlRootElement(localName = "Order")
              public class PortalOrderXml {
                  @JacksonXmlProperty(localName = "CustomerOrderId")
                  public String customerOrderId;
                  @JacksonXmlProperty(localName = "ExistingTelephoneNumberOrderType")
                  public Existing existing;
                  public static class Existing {
                      @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
                      @JacksonXmlProperty(localName = "TelephoneNumber")
                      public List<String> telephoneNumbers = new ArrayList<>();
                  }
                  public static PortalOrderXml existing(String id, List<String> tns) {
                      PortalOrderXml order = new PortalOrderXml();
                      order.customerOrderId = id;
                      order.existing = new Existing();
                      order.existing.telephoneNumbers.addAll(tns);
                      return order;
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.orders;
              import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
              import java.util.ArrayList;
              import java.util.List;
              public class OrderResponseXml {
                  @JacksonXmlProperty(localName = "CustomerOrderId")
                  public String customerOrderId;
                  @JacksonXmlProperty(localName = "TelephoneNumber")
                  public List<String> telephoneNumbers = new ArrayList<>();
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.crm;
              import java.util.ArrayList;
              import java.util.List;
              public class CallList {
                  public List<String> telephoneNumbers = new ArrayList<>();
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.orders;
              import java.util.List;
              public class OrderService {
                  public PortalOrderXml orderExisting(String customer, List<String> numbers) {
                      return PortalOrderXml.existing("portal-" + customer, numbers);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.orders;
              import com.acme.crm.CallList;
              import java.util.List;
              class OrderServiceTest {
                  void ordersExisting(OrderService service) {
                      service.orderExisting("C-1", List.of("9195550111", "9195550112"));
                      OrderResponseXml fake = new OrderResponseXml();
                      fake.telephoneNumbers.add("9195550113");
                      CallList calls = new CallList();
                      calls.telephoneNumbers.add("9195550114");
                  }
              }
              """,
            """
              package com.acme.orders;
              import com.acme.crm.CallList;
              import java.util.List;
              class OrderServiceTest {
                  void ordersExisting(OrderService service) {
                      service.orderExisting("C-1", List.of("+19195550111", "+19195550112"));
                      OrderResponseXml fake = new OrderResponseXml();
                      fake.telephoneNumbers.add("9195550113");
                      CallList calls = new CallList();
                      calls.telephoneNumbers.add("9195550114");
                  }
              }
              """
          )
        );
    }

    /**
     * A Dashboard request model's public fields: a parameter assigned to one ({@code body.fullNumber = tn}) carries
     * what the callers pass, and a number added to its public list ({@code order.telephoneNumbers.add(..)}) is sent.
     * The same on a model of the customer's own is left alone.
     */
    @Test
    void publicFieldsOfARequestModelGivenAParameterOrAddedTo() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.dashboard;
              import java.util.ArrayList;
              import java.util.List;
              public class SipPeerTelephoneNumberXml {
                  public String fullNumber;
                  public String callForward;
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              import java.util.ArrayList;
              import java.util.List;
              public class ImportTnOrderXml {
                  public String customerOrderId;
                  public final List<String> telephoneNumbers = new ArrayList<>();
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.crm;
              import java.util.ArrayList;
              import java.util.List;
              public class ContactCard {
                  public String fullNumber;
                  public final List<String> telephoneNumbers = new ArrayList<>();
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              public class SipPeerTnService {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/sites/2/sippeers/3/tns/";
                  public void forwardCalls(String tn, String forwardTo) {
                      SipPeerTelephoneNumberXml body = new SipPeerTelephoneNumberXml();
                      body.fullNumber = tn;
                      body.callForward = forwardTo;
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              import com.acme.crm.ContactCard;
              class SipPeerTnServiceTest {
                  void forwards(SipPeerTnService service) {
                      service.forwardCalls("9195550148", "19195550199");
                      ImportTnOrderXml order = new ImportTnOrderXml();
                      order.telephoneNumbers.add("9199918388");
                      ContactCard card = new ContactCard();
                      card.fullNumber = "9195550177";
                      card.telephoneNumbers.add("9195550178");
                  }
              }
              """,
            """
              package com.acme.dashboard;
              import com.acme.crm.ContactCard;
              class SipPeerTnServiceTest {
                  void forwards(SipPeerTnService service) {
                      service.forwardCalls("+19195550148", "+19195550199");
                      ImportTnOrderXml order = new ImportTnOrderXml();
                      order.telephoneNumbers.add("+19199918388");
                      ContactCard card = new ContactCard();
                      card.fullNumber = "9195550177";
                      card.telephoneNumbers.add("9195550178");
                  }
              }
              """
          )
        );
    }

    /**
     * What a Dashboard client's test expects the request it recorded to hold: WireMock's {@code withRequestBody} (an
     * XPath predicate, an XPath with a value matcher, a body fragment) and MockRestServiceServer's request matchers
     * (an XPath of a constant with its expected value, the body's text). The numbers there change with the number
     * sent, else the fixed test fails. MockMvc's matchers (about the response), an epoch compared at an
     * {@code <Expiry>}, and the expectations of a messaging client's test are left alone.
     */
    @Test
    void numbersATestExpectsInTheRequestItRecorded() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("wiremock-standalone", "spring-test", "spring-web",
            "spring-core", "hamcrest", "jakarta.servlet-api")),
          //language=java
          java(
            """
              import static com.github.tomakehurst.wiremock.client.WireMock.*;

              class HostedMessagingApiTest {
                  static final String API = "/api/accounts/9900417";
                  void importsNumbers() {
                      stubFor(post(urlPathEqualTo(API + "/importTnOrders")).willReturn(okXml("<ImportTnOrder/>")));
                      verify(postRequestedFor(urlPathEqualTo(API + "/importTnOrders"))
                              .withRequestBody(matchingXPath("//TelephoneNumber[text()='9842150190']"))
                              .withRequestBody(matchingXPath("//CallForward", equalTo("9193350199")))
                              .withRequestBody(containing("<TelephoneNumber>9842310075</TelephoneNumber>"))
                              .withRequestBody(matchingXPath("//CallbackSubscription/Expiry[text()='3122064000']")));
                  }
              }
              """,
            """
              import static com.github.tomakehurst.wiremock.client.WireMock.*;

              class HostedMessagingApiTest {
                  static final String API = "/api/accounts/9900417";
                  void importsNumbers() {
                      stubFor(post(urlPathEqualTo(API + "/importTnOrders")).willReturn(okXml("<ImportTnOrder/>")));
                      verify(postRequestedFor(urlPathEqualTo(API + "/importTnOrders"))
                              .withRequestBody(matchingXPath("//TelephoneNumber[text()='+19842150190']"))
                              .withRequestBody(matchingXPath("//CallForward", equalTo("+19193350199")))
                              .withRequestBody(containing("<TelephoneNumber>+19842310075</TelephoneNumber>"))
                              .withRequestBody(matchingXPath("//CallbackSubscription/Expiry[text()='3122064000']")));
                  }
              }
              """
          ),
          //language=java
          java(
            """
              import org.springframework.http.HttpMethod;
              import org.springframework.test.web.client.MockRestServiceServer;
              import org.springframework.test.web.servlet.MockMvc;

              import static org.hamcrest.Matchers.containsString;
              import static org.springframework.test.web.client.match.MockRestRequestMatchers.*;

              class OrderPlacementClientTest {
                  static final String ACCOUNT = "https://dashboard.bandwidth.com/api/accounts/9900123";
                  static final String TN_LIST = "/Order/ExistingTelephoneNumberOrderType/TelephoneNumberList/TelephoneNumber";
                  MockRestServiceServer server;
                  void restoresSupportLines() {
                      server.expect(requestTo(ACCOUNT + "/orders"))
                              .andExpect(method(HttpMethod.POST))
                              .andExpect(xpath(TN_LIST + "[1]").string("7575550100"))
                              .andExpect(content().string(containsString("<TelephoneNumber>7575550142</TelephoneNumber>")));
                  }
              }
              """,
            """
              import org.springframework.http.HttpMethod;
              import org.springframework.test.web.client.MockRestServiceServer;
              import org.springframework.test.web.servlet.MockMvc;

              import static org.hamcrest.Matchers.containsString;
              import static org.springframework.test.web.client.match.MockRestRequestMatchers.*;

              class OrderPlacementClientTest {
                  static final String ACCOUNT = "https://dashboard.bandwidth.com/api/accounts/9900123";
                  static final String TN_LIST = "/Order/ExistingTelephoneNumberOrderType/TelephoneNumberList/TelephoneNumber";
                  MockRestServiceServer server;
                  void restoresSupportLines() {
                      server.expect(requestTo(ACCOUNT + "/orders"))
                              .andExpect(method(HttpMethod.POST))
                              .andExpect(xpath(TN_LIST + "[1]").string("+17575550100"))
                              .andExpect(content().string(containsString("<TelephoneNumber>+17575550142</TelephoneNumber>")));
                  }
              }
              """
          ),
          //language=java
          java(
            """
              import org.springframework.test.web.servlet.MockMvc;
              import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
              import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

              class NumbersControllerTest {
                  static final String DASHBOARD = "https://dashboard.bandwidth.com/api/v2/accounts/9900123/orders";
                  MockMvc mvc;
                  void listsNumbers() throws Exception {
                      mvc.perform(get("/numbers")).andExpect(xpath("//TelephoneNumber").string("9195551234"));
                  }
              }
              """
          ),
          //language=java
          java(
            """
              import static com.github.tomakehurst.wiremock.client.WireMock.*;

              class SmsNotifierTest {
                  void sendsText() {
                      verify(postRequestedFor(urlPathEqualTo("/api/v2/users/5566/messages"))
                              .withRequestBody(matchingJsonPath("$.to[0]", equalTo("9193350155")))
                              .withRequestBody(matchingXPath("//TelephoneNumber[text()='9842150191']")));
                  }
              }
              """
          )
        );
    }

    /**
     * An assertion on a number getter of a request a test captured with Mockito: the expected number is what the
     * request carries, and changes with the number the test sends. The same assertion on an object the test built
     * itself (not captured) is left alone.
     */
    @Test
    void numberAssertedOnARequestCapturedWithMockito() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("bandwidth-java-iris-sdk", "mockito-core", "assertj-core")),
          //language=java
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.BaseModel;
              import com.bandwidth.iris.sdk.model.LnpOrder;
              import com.bandwidth.iris.sdk.model.LnpOrderResponse;
              import org.mockito.ArgumentCaptor;

              import static org.assertj.core.api.Assertions.assertThat;
              import static org.mockito.ArgumentMatchers.anyString;
              import static org.mockito.ArgumentMatchers.eq;
              import static org.mockito.Mockito.verify;

              class IrisPortingAdapterTest {
                  IrisClient client;
                  void portsIn() throws Exception {
                      ArgumentCaptor<BaseModel> body = ArgumentCaptor.forClass(BaseModel.class);
                      verify(client).post(anyString(), body.capture(), eq(LnpOrderResponse.class));
                      LnpOrder sent = (LnpOrder) body.getValue();
                      assertThat(sent.getBillingTelephoneNumber()).isEqualTo("9195551212");
                      LnpOrder built = new LnpOrder();
                      assertThat(built.getBillingTelephoneNumber()).isEqualTo("9195551213");
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.BaseModel;
              import com.bandwidth.iris.sdk.model.LnpOrder;
              import com.bandwidth.iris.sdk.model.LnpOrderResponse;
              import org.mockito.ArgumentCaptor;

              import static org.assertj.core.api.Assertions.assertThat;
              import static org.mockito.ArgumentMatchers.anyString;
              import static org.mockito.ArgumentMatchers.eq;
              import static org.mockito.Mockito.verify;

              class IrisPortingAdapterTest {
                  IrisClient client;
                  void portsIn() throws Exception {
                      ArgumentCaptor<BaseModel> body = ArgumentCaptor.forClass(BaseModel.class);
                      verify(client).post(anyString(), body.capture(), eq(LnpOrderResponse.class));
                      LnpOrder sent = (LnpOrder) body.getValue();
                      assertThat(sent.getBillingTelephoneNumber()).isEqualTo("+19195551212");
                      LnpOrder built = new LnpOrder();
                      assertThat(built.getBillingTelephoneNumber()).isEqualTo("9195551213");
                  }
              }
              """
          )
        );
    }

    /**
     * A test that hands a number to a request model and asserts that the request it serialises carries it: the
     * assertion describes the request, and changes with the number (else the fixed test fails). An assertion about a
     * response in another test of the same class, with the same number, is left alone.
     */
    @Test
    void assertionOnTheRequestATestSends() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import java.util.ArrayList;
              import java.util.List;
              class ExternalTnsOrder {
                  final List<String> tns = new ArrayList<>();
                  static Builder builder() { return new Builder(); }
                  static class Builder {
                      final ExternalTnsOrder order = new ExternalTnsOrder();
                      Builder customerOrderId(String id) { return this; }
                      Builder telephoneNumber(String tn) { order.tns.add(tn); return this; }
                      ExternalTnsOrder build() { return order; }
                  }
              }
              """
          ),
          //language=java
          java(
            """
              class PayloadXmlTest {
                  @org.junit.jupiter.api.Test
                  void externalTnsRemoval() {
                      ExternalTnsOrder order = ExternalTnsOrder.builder().customerOrderId("CLEANUP-77").telephoneNumber("9199918388").build();
                      String xml = Xml.write(order);
                      assertTrue(xml.contains("<TelephoneNumber>9199918388</TelephoneNumber>"));
                  }
                  @org.junit.jupiter.api.Test
                  void readsOrderBack(OrderClient client) {
                      String xml = client.getOrder("47955555");
                      assertTrue(xml.contains("<TelephoneNumber>9199918388</TelephoneNumber>"));
                  }
                  static void assertTrue(boolean b) { }
              }
              """,
            """
              class PayloadXmlTest {
                  @org.junit.jupiter.api.Test
                  void externalTnsRemoval() {
                      ExternalTnsOrder order = ExternalTnsOrder.builder().customerOrderId("CLEANUP-77").telephoneNumber("+19199918388").build();
                      String xml = Xml.write(order);
                      assertTrue(xml.contains("<TelephoneNumber>+19199918388</TelephoneNumber>"));
                  }
                  @org.junit.jupiter.api.Test
                  void readsOrderBack(OrderClient client) {
                      String xml = client.getOrder("47955555");
                      assertTrue(xml.contains("<TelephoneNumber>9199918388</TelephoneNumber>"));
                  }
                  static void assertTrue(boolean b) { }
              }
              """
          )
        );
    }

    /**
     * A number a constructor reads from a parameter source with a numeric constant as its default
     * ({@code params.getProperty("health.canary-tn", Long.toString(CANARY_TN))}) and puts into a Dashboard path: the
     * property's value is fixed. (The default, used only where the property is not set, is not followed.)
     */
    @Test
    void numberAConstructorReadsFromAPropertyWithANumericDefault() {
        rewriteRun(
          properties(
            "health.canary-tn=6165550100\n",
            "health.canary-tn=+16165550100\n",
            spec -> spec.path("src/main/resources/job.properties")
          ),
          //language=java
          java(
            """
              import java.net.URI;
              import java.util.Properties;
              class HealthProbe {
                  private static final long CANARY_TN = 2695550111L;
                  private final String canaryTn;
                  HealthProbe(Properties params) {
                      this.canaryTn = params.getProperty("health.canary-tn", Long.toString(CANARY_TN));
                  }
                  URI details() {
                      return URI.create("https://dashboard.bandwidth.com/api/v2/tns/" + canaryTn + "/tndetails");
                  }
              }
              """
          )
        );
    }

    /**
     * A number from a property whose profile file already says E.164, with a 10-digit default in code: the default is
     * what runs where the profile is not active.
     */
    @Test
    void tenDigitDefaultOfAPropertyAProfileSets() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("spring-web", "spring-beans")),
          properties("provisioning.canary-tn=+19198675309\n", spec -> spec.path("src/main/resources/application-prod.properties")),
          //language=java
          java(
            """
              import org.springframework.beans.factory.annotation.Value;
              import org.springframework.web.util.UriComponentsBuilder;
              class CanaryCheck {
                  private final String canaryTn;
                  CanaryCheck(@Value("${provisioning.canary-tn:9198675309}") String canaryTn) {
                      this.canaryTn = canaryTn;
                  }
                  java.net.URI uri(String account) {
                      return UriComponentsBuilder.fromHttpUrl("https://dashboard.bandwidth.com")
                          .path("/api/v2/accounts/{accountId}/tns/{tn}")
                          .buildAndExpand(account, canaryTn)
                          .toUri();
                  }
              }
              """,
            """
              import org.springframework.beans.factory.annotation.Value;
              import org.springframework.web.util.UriComponentsBuilder;
              class CanaryCheck {
                  private final String canaryTn;
                  CanaryCheck(@Value("${provisioning.canary-tn:+19198675309}") String canaryTn) {
                      this.canaryTn = canaryTn;
                  }
                  java.net.URI uri(String account) {
                      return UriComponentsBuilder.fromHttpUrl("https://dashboard.bandwidth.com")
                          .path("/api/v2/accounts/{accountId}/tns/{tn}")
                          .buildAndExpand(account, canaryTn)
                          .toUri();
                  }
              }
              """
          )
        );
    }

    @Test
    void expectedRequestUrlInATestAssertion() {
        rewriteRun(
          //language=java
          java(
            """
              class TnUrlsTest {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1";
                  void urls(java.net.URI built, java.net.URI search) {
                      assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/1/tns/9843554410/tndetails", built.toString());
                      assertEquals(BASE + "/orders?tn=9195550154", search.toString());
                  }
                  static void assertEquals(Object expected, Object actual) { }
              }
              """,
            """
              class TnUrlsTest {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1";
                  void urls(java.net.URI built, java.net.URI search) {
                      assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/1/tns/+19843554410/tndetails", built.toString());
                      assertEquals(BASE + "/orders?tn=%2B19195550154", search.toString());
                  }
                  static void assertEquals(Object expected, Object actual) { }
              }
              """
          )
        );
    }

    @Test
    void numberPassedToAnOkHttpPathSegment() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import okhttp3.HttpUrl;
              class OkInventory {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1";
                  HttpUrl tnDetailsUrl(String tn) {
                      return HttpUrl.get(BASE).newBuilder().addPathSegments("tns/" + tn + "/tndetails").build();
                  }
                  HttpUrl detailsUrl(String tn) {
                      return HttpUrl.parse(BASE).newBuilder().addPathSegment("tns").addPathSegment(tn).addPathSegment("tndetails").build();
                  }
              }
              """
          ),
          //language=java
          java(
            """
              class OkInventoryUse {
                  Object a(OkInventory ok) { return ok.tnDetailsUrl("9843554410"); }
                  Object b(OkInventory ok) { return ok.detailsUrl("8775551234"); }
              }
              """,
            """
              class OkInventoryUse {
                  Object a(OkInventory ok) { return ok.tnDetailsUrl("+19843554410"); }
                  Object b(OkInventory ok) { return ok.detailsUrl("+18775551234"); }
              }
              """
          )
        );
    }

    @Test
    void numericLiteralBecomesAStringWhereThatCompiles() {
        rewriteRun(
          //language=java
          java(
            """
              class NumericTns {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/orders";
                  String concat() {
                      return "<TelephoneNumber>" + 9195551234L + "</TelephoneNumber>";
                  }
                  String formatS() {
                      return String.format("<TelephoneNumber>%s</TelephoneNumber>", 9195551235L);
                  }
                  String formatD() {
                      return String.format("<TelephoneNumber>%d</TelephoneNumber>", 9195551236L);
                  }
              }
              """,
            """
              class NumericTns {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/orders";
                  String concat() {
                      return "<TelephoneNumber>" + "+19195551234" + "</TelephoneNumber>";
                  }
                  String formatS() {
                      return String.format("<TelephoneNumber>%s</TelephoneNumber>", "+19195551235");
                  }
                  String formatD() {
                      return String.format("<TelephoneNumber>%d</TelephoneNumber>", /*~~([BW006] v2 expects telephone numbers in requests in E.164 format (+1 and ten digits), not in 10-digit national format; send the string "+19195551236": a numeric type cannot carry the +, so the field or parameter that holds this number must become a String)~~>*/9195551236L);
                  }
              }
              """
          )
        );
    }

    @Test
    void numericArgumentOfARequestBuilderIsFlagged() {
        rewriteRun(
          //language=java
          java(
            """
              class PortRequest {
                  static final String URL = "https://dashboard.bandwidth.com/api/v2/accounts/1/portins";
                  PortRequest billingTelephoneNumber(long tn) { return this; }
                  PortRequest build() {
                      return new PortRequest().billingTelephoneNumber(9195551234L);
                  }
              }
              """,
            """
              class PortRequest {
                  static final String URL = "https://dashboard.bandwidth.com/api/v2/accounts/1/portins";
                  PortRequest billingTelephoneNumber(long tn) { return this; }
                  PortRequest build() {
                      return new PortRequest().billingTelephoneNumber(/*~~([BW006] v2 expects telephone numbers in requests in E.164 format (+1 and ten digits), not in 10-digit national format; send the string "+19195551234": a numeric type cannot carry the +, so the field or parameter that holds this number must become a String)~~>*/9195551234L);
                  }
              }
              """
          )
        );
    }

    @Test
    void queryValueOfABuilderIsFlagged() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import org.springframework.web.util.UriComponentsBuilder;
              class OrderSearch {
                  String url() {
                      return UriComponentsBuilder.fromHttpUrl("https://dashboard.bandwidth.com/api/v2/accounts/1/orders")
                          .queryParam("tn", "9195551234").toUriString();
                  }
              }
              """,
            """
              import org.springframework.web.util.UriComponentsBuilder;
              class OrderSearch {
                  String url() {
                      return UriComponentsBuilder.fromHttpUrl("https://dashboard.bandwidth.com/api/v2/accounts/1/orders")
                          .queryParam("tn", /*~~([BW006] v2 expects telephone numbers in requests in E.164 format (+1 and ten digits), not in 10-digit national format; send +19195551234 and make sure the query value is percent-encoded (%2B19195551234): a raw + in a query string decodes to a space)~~>*/"9195551234").toUriString();
                  }
              }
              """
          )
        );
    }

    /** A number handed to a path helper of a class that names no host, whose text a Dashboard request sends. */
    @Test
    void numberHandedToAPathHelperOfAnotherClass() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.iris;
              public final class Paths {
                  public static String tnDetails(String account, String tn) {
                      return String.format("/accounts/%s/tns/%s/tndetails", account, tn);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              import java.net.URI;
              class TnClient {
                  private static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  URI details() {
                      return URI.create(BASE + Paths.tnDetails("12345", "9195551234"));
                  }
              }
              """,
            """
              package com.acme.iris;
              import java.net.URI;
              class TnClient {
                  private static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  URI details() {
                      return URI.create(BASE + Paths.tnDetails("12345", "+19195551234"));
                  }
              }
              """
          )
        );
    }

    /**
     * Numbers Spring's HTTP clients put into a URI template: in order after the fixed arguments, or by name from a map.
     * A path segment is fixed; a query value is flagged, since a raw + in a query decodes to a space.
     */
    /**
     * An enum of the Dashboard's routes, each built with a URI template and filled by a method of its own: a number a
     * caller hands to the method that fills {tn} is sent. An enum constant whose template has no number stays.
     */
    @Test
    void numberFilledIntoTheTemplateOfAnEnumOfRoutes() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.iris;
              import java.util.Map;
              public enum IrisEndpoint {
                  TN_DETAILS("/tns/{tn}/tndetails"),
                  ORDER("/accounts/{accountId}/orders/{orderId}");
                  private final String template;
                  IrisEndpoint(String template) { this.template = template; }
                  public String expand(Map<String, String> values) {
                      String out = template;
                      for (Map.Entry<String, String> e : values.entrySet()) {
                          out = out.replace("{" + e.getKey() + "}", e.getValue());
                      }
                      return out;
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              import java.util.Map;
              class PortingService {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  String tnDetails(String tn) {
                      return BASE + IrisEndpoint.TN_DETAILS.expand(Map.of("tn", tn));
                  }
                  String order(String orderId) {
                      return BASE + IrisEndpoint.ORDER.expand(Map.of("accountId", "9900001", "orderId", orderId));
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.cli;
              class Smoke {
                  void run(com.acme.iris.PortingService porting) {
                      porting.tnDetails("2125550142");
                      porting.order("9195550100");
                  }
              }
              """,
            """
              package com.acme.cli;
              class Smoke {
                  void run(com.acme.iris.PortingService porting) {
                      porting.tnDetails("+12125550142");
                      porting.order("9195550100");
                  }
              }
              """
          )
        );
    }

    @Test
    void numberFilledIntoAUriTemplateBySpringsClients() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("spring-web", "spring-core")),
          //language=java
          java(
            """
              import java.util.Map;
              import org.springframework.web.client.RestClient;
              import org.springframework.web.client.RestTemplate;
              import org.springframework.web.util.UriComponentsBuilder;
              class TnLookups {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/{a}";
                  final RestTemplate rest = new RestTemplate();
                  String details(String account) {
                      return rest.getForObject(BASE + "/tns/{tn}/tndetails", String.class, account, "9195551234");
                  }
                  String byName(String account) {
                      return rest.getForObject(BASE + "/tns/{tn}", String.class, Map.of("tn", "9195551235", "a", account));
                  }
                  String orders(String account) {
                      return rest.getForObject(BASE + "/orders?tn={tn}", String.class, account, "9195551236");
                  }
                  String client(RestClient client) {
                      return client.get().uri("https://dashboard.bandwidth.com/api/v2/accounts/1/tns/{tn}", "9195551237")
                          .retrieve().body(String.class);
                  }
                  String built() {
                      return UriComponentsBuilder.fromHttpUrl(BASE).path("/tns/{tn}").buildAndExpand("1", "9195551238").toUriString();
                  }
                  String lambda(RestClient client) {
                      return client.get().uri(b -> b.path("/accounts/{a}/tns/{tn}").build("1", "9195551239")).retrieve().body(String.class);
                  }
              }
              """,
            """
              import java.util.Map;
              import org.springframework.web.client.RestClient;
              import org.springframework.web.client.RestTemplate;
              import org.springframework.web.util.UriComponentsBuilder;
              class TnLookups {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/{a}";
                  final RestTemplate rest = new RestTemplate();
                  String details(String account) {
                      return rest.getForObject(BASE + "/tns/{tn}/tndetails", String.class, account, "+19195551234");
                  }
                  String byName(String account) {
                      return rest.getForObject(BASE + "/tns/{tn}", String.class, Map.of("tn", "+19195551235", "a", account));
                  }
                  String orders(String account) {
                      return rest.getForObject(BASE + "/orders?tn={tn}", String.class, account, /*~~([BW006] v2 expects telephone numbers in requests in E.164 format (+1 and ten digits), not in 10-digit national format; send +19195551236 and make sure the query value is percent-encoded (%2B19195551236): a raw + in a query string decodes to a space)~~>*/"9195551236");
                  }
                  String client(RestClient client) {
                      return client.get().uri("https://dashboard.bandwidth.com/api/v2/accounts/1/tns/{tn}", "+19195551237")
                          .retrieve().body(String.class);
                  }
                  String built() {
                      return UriComponentsBuilder.fromHttpUrl(BASE).path("/tns/{tn}").buildAndExpand("1", "+19195551238").toUriString();
                  }
                  String lambda(RestClient client) {
                      return client.get().uri(b -> b.path("/accounts/{a}/tns/{tn}").build("1", "+19195551239")).retrieve().body(String.class);
                  }
              }
              """
          )
        );
    }

    /**
     * A number handed to a client interface method whose mapping puts that parameter after /tns/ or into tn=, or
     * that makes it the tn query value; another query parameter of the method is not a number's place.
     */
    @Test
    void numberHandedToAClientInterfaceMethodWhosePathTakesIt() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("spring-web", "spring-core"))
            .typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.iris;
              import org.springframework.web.bind.annotation.PathVariable;
              import org.springframework.web.bind.annotation.RequestParam;
              import org.springframework.web.service.annotation.GetExchange;
              import org.springframework.web.service.annotation.HttpExchange;
              @HttpExchange("https://dashboard.bandwidth.com/api/v2/accounts/{accountId}")
              public interface TnApi {
                  @GetExchange("/tns/{tn}/tndetails")
                  String details(@PathVariable String accountId, @PathVariable("tn") String number);
                  @GetExchange("/orders/{orderId}")
                  String order(@PathVariable String accountId, @PathVariable String orderId);
                  @GetExchange("/tns")
                  String search(@PathVariable String accountId, @RequestParam("tn") String number, @RequestParam("size") String size);
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              import feign.Param;
              import feign.RequestLine;
              public interface FeignTns {
                  @RequestLine("GET /accounts/{a}/inserviceNumbers?tn={tn}")
                  String inService(@Param("a") String account, @Param("tn") String tn);
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.jobs;
              import com.acme.iris.FeignTns;
              import com.acme.iris.TnApi;
              class Lookups {
                  String run(TnApi api, FeignTns feign) {
                      return api.details("12345", "9195551234") + api.order("12345", "9195550000")
                          + feign.inService("12345", "9195551235") + api.search("12345", "9195551236", "9195551237");
                  }
              }
              """,
            """
              package com.acme.jobs;
              import com.acme.iris.FeignTns;
              import com.acme.iris.TnApi;
              class Lookups {
                  String run(TnApi api, FeignTns feign) {
                      return api.details("12345", "+19195551234") + api.order("12345", "9195550000")
                          + feign.inService("12345", /*~~([BW006] v2 expects telephone numbers in requests in E.164 format (+1 and ten digits), not in 10-digit national format; send +19195551235 and make sure the query value is percent-encoded (%2B19195551235): a raw + in a query string decodes to a space)~~>*/"9195551235") + api.search("12345", /*~~([BW006] v2 expects telephone numbers in requests in E.164 format (+1 and ten digits), not in 10-digit national format; send +19195551236 and make sure the query value is percent-encoded (%2B19195551236): a raw + in a query string decodes to a space)~~>*/"9195551236", "9195551237");
                  }
              }
              """
          )
        );
    }

    /**
     * Micronaut's declarative client on a configured service: a number handed to a method whose template puts it after
     * /tns/ is sent; one handed to the customer's own controller is not. Typed with the real Micronaut jars.
     */
    @Test
    void numberHandedToAMicronautClientMethod() {
        rewriteRun(
          spec -> spec.parser(MicronautJars.parser()),
          yaml("micronaut:\n  http:\n    services:\n      dashboard:\n        url: https://dashboard.bandwidth.com\n",
            spec -> spec.path("src/main/resources/application.yml")),
          //language=java
          java(
            """
              package com.acme.iris;
              import io.micronaut.http.annotation.Get;
              import io.micronaut.http.annotation.PathVariable;
              import io.micronaut.http.client.annotation.Client;
              @Client(id = "dashboard", path = "/api/v2/accounts/9900123")
              public interface TnClient {
                  @Get("/tns/{tn}/tndetails")
                  String details(@PathVariable String tn);
                  @Get("/orders/{orderId}")
                  String order(@PathVariable String orderId);
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              import io.micronaut.http.annotation.Controller;
              import io.micronaut.http.annotation.Get;
              import io.micronaut.http.annotation.PathVariable;
              @Controller("/numbers")
              public class NumberController {
                  @Get("/tns/{tn}")
                  public String details(@PathVariable String tn) {
                      return tn;
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.jobs;
              import com.acme.iris.NumberController;
              import com.acme.iris.TnClient;
              class Lookups {
                  String run(TnClient client, NumberController own) {
                      return client.details("9195551234") + client.order("9195550000") + own.details("9195551235");
                  }
              }
              """,
            """
              package com.acme.jobs;
              import com.acme.iris.NumberController;
              import com.acme.iris.TnClient;
              class Lookups {
                  String run(TnClient client, NumberController own) {
                      return client.details("+19195551234") + client.order("9195550000") + own.details("9195551235");
                  }
              }
              """
          )
        );
    }

    /** The values a local variable is given (also on a branch), put into a request's path or payload by the same method. */
    @Test
    void numberHeldByALocalVariableOfTheMethodThatSendsIt() {
        rewriteRun(
          //language=java
          java(
            """
              import java.net.URI;
              class TnCheck {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1";
                  URI details() {
                      String tn = "9195551234";
                      return URI.create(BASE + "/tns/" + tn + "/tndetails");
                  }
                  URI reassigned(boolean test) {
                      String tn = "9195551236";
                      if (test) {
                          tn = "9195551237";
                      }
                      return URI.create(BASE + "/tns/" + tn);
                  }
                  String order() {
                      final String number = "9195551235";
                      return "<Order><TelephoneNumberList><TelephoneNumber>" + number + "</TelephoneNumber></TelephoneNumberList></Order>";
                  }
              }
              """,
            """
              import java.net.URI;
              class TnCheck {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1";
                  URI details() {
                      String tn = "+19195551234";
                      return URI.create(BASE + "/tns/" + tn + "/tndetails");
                  }
                  URI reassigned(boolean test) {
                      String tn = "+19195551236";
                      if (test) {
                          tn = "+19195551237";
                      }
                      return URI.create(BASE + "/tns/" + tn);
                  }
                  String order() {
                      final String number = "+19195551235";
                      return "<Order><TelephoneNumberList><TelephoneNumber>" + number + "</TelephoneNumber></TelephoneNumberList></Order>";
                  }
              }
              """
          )
        );
    }

    @Nested
    class NoChange {

        /**
         * An SDK {@code TelephoneNumber} a test fills in and puts into the SDK's {@code OrderResponse}
         * ({@code response.setTelephoneNumbers(List.of(ok))}): a fake answer the code under test reads, not a request.
         * The same number object handed to an order is sent (see the other tests); here nothing is.
         */
        @Test
        void sdkNumberPutIntoAFakeAnswer() {
            rewriteRun(
              //language=java
              java(
                """
                  import com.bandwidth.iris.sdk.model.OrderResponse;
                  import com.bandwidth.iris.sdk.model.TelephoneNumber;
                  import java.util.List;
                  class OrderedNumbersTest {
                      OrderResponse answer() {
                          TelephoneNumber ok = new TelephoneNumber();
                          ok.setFullNumber("9195550193");
                          OrderResponse response = new OrderResponse();
                          response.setTelephoneNumbers(List.of(ok));
                          return response;
                      }
                  }
                  """,
                spec -> spec.path("src/test/java/OrderedNumbersTest.java")
              )
            );
        }

        @Test
        void numberPassedToAMethodThatPutsItElsewhere() {
            rewriteRun(
              //language=java
              java(
                """
                  class Lookups {
                      static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1";
                      static final String MESSAGING = "https://messaging.bandwidth.com/api/v2/users/1";
                      String order(String id) { return BASE + "/orders/" + id; }
                      String messagingTn(String tn) { return MESSAGING + "/tns/" + tn; }
                      String note(String tn) { return "<Note>" + tn + "</Note>"; }
                  }
                  """
              ),
              //language=java
              java(
                """
                  class LookupUse {
                      String a(Lookups l) { return l.order("9195551234") + l.messagingTn("9195551235") + l.note("9195551236"); }
                  }
                  """
              )
            );
        }

        @Test
        void numberHandedToAModelOfAnotherKind() {
            rewriteRun(
              //language=java
              java(
                """
                  class Reservation {
                      static Reservation builder() { return new Reservation(); }
                      Reservation telephoneNumber(String tn) { return this; }
                  }
                  """
              ),
              //language=java
              java(
                """
                  class TableBooking {
                      Reservation booking() { return Reservation.builder().telephoneNumber("9195551234"); }
                  }
                  """
              )
            );
        }

        @Test
        void numbersThatAreNotPhoneNumbers() {
            rewriteRun(
              //language=java
              java(
                """
                  class NotNumbers {
                      static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                      String maxInt() { return "<TelephoneNumber>2147483647</TelephoneNumber>"; }
                      String placeholder() { return "<TelephoneNumber>1234567890</TelephoneNumber>"; }
                      String epochSeconds() { return "<TelephoneNumber>1700000000</TelephoneNumber>"; }
                      String epochMillis() { return BASE + "/tns/1700000000123"; }
                      String size() { return BASE + "/accounts/1/orders?size=2147483647"; }
                      String nineDigits() { return "<TelephoneNumber>919555123</TelephoneNumber>"; }
                      String n11Exchange() { return "<TelephoneNumber>9194111234</TelephoneNumber>"; }
                  }
                  """
              )
            );
        }

        @Test
        void tenDigitValuesOfOtherElements() {
            rewriteRun(
              //language=java
              java(
                """
                  class Subscriptions {
                      static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/subscriptions";
                      String body() {
                          return \"""
                              <Subscription>
                                <OrderType>orders</OrderType>
                                <CustomerOrderId>9195551234</CustomerOrderId>
                                <CallbackSubscription>
                                  <Expiry>3122064000</Expiry>
                                </CallbackSubscription>
                              </Subscription>
                              \""";
                      }
                      String account() { return BASE + "/accounts/9195551234/sites"; }
                  }
                  """
              )
            );
        }

        @Test
        void alreadyE164() {
            rewriteRun(
              //language=java
              java(
                """
                  import com.bandwidth.iris.sdk.IrisClient;
                  import com.bandwidth.iris.sdk.model.Tns;
                  class Done {
                      static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                      String a() { return "<TelephoneNumber>+19195551234</TelephoneNumber>"; }
                      String b() { return BASE + "/tns/+19195551234"; }
                      String c() { return BASE + "/accounts/1/orders?tn=%2B19195551234"; }
                      Object d(IrisClient client) throws Exception { return Tns.getTnDetails(client, "+19195551234"); }
                  }
                  """
              )
            );
        }

        @Test
        void numberInCodeThatNeverReachesTheApi() {
            rewriteRun(
              //language=java
              java(
                """
                  class Support {
                      static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                      static final String SUPPORT_LINE = "9195551234";
                      long callerId = 9195551235L;
                      String greeting() { return "Call us at " + SUPPORT_LINE; }
                  }
                  """
              ),
              //language=java
              java(
                """
                  class Contact {
                      String telephoneNumber;
                      Contact telephoneNumber(String tn) { this.telephoneNumber = tn; return this; }
                      static Contact sample() { return new Contact().telephoneNumber("9195551236"); }
                  }
                  """
              )
            );
        }

        @Test
        void customersOwnXmlWithoutDashboardElements() {
            rewriteRun(
              //language=java
              java(
                """
                  class CrmExport {
                      String contact() {
                          return "<Contact><Name>Ann</Name><TelephoneNumber>9195551234</TelephoneNumber></Contact>";
                      }
                  }
                  """
              ),
              xml(
                """
                  <Contacts>
                    <Contact>
                      <TelephoneNumber>9195551234</TelephoneNumber>
                    </Contact>
                  </Contacts>
                  """,
                spec -> spec.path("src/main/resources/contacts.xml")
              ),
              properties(
                "support.tn=9195551234\n",
                spec -> spec.path("src/main/resources/application.properties")
              )
            );
        }

        @Test
        void responsesCallbacksAndAssertionsAboutThem() {
            rewriteRun(
              spec -> spec.typeValidationOptions(TypeValidation.none()),
              //language=java
              java(
                """
                  class OrderClientTest {
                      static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/orders";
                      static final String RESPONSE = \"""
                          <OrderResponse>
                            <Order>
                              <ExistingTelephoneNumberOrderType>
                                <TelephoneNumberList>
                                  <TelephoneNumber>9195551234</TelephoneNumber>
                                </TelephoneNumberList>
                              </ExistingTelephoneNumberOrderType>
                            </Order>
                            <OrderStatus>RECEIVED</OrderStatus>
                          </OrderResponse>
                          \""";
                      void check(String body) {
                          org.junit.jupiter.api.Assertions.assertEquals("<TelephoneNumber>9195551234</TelephoneNumber>", body);
                          org.junit.jupiter.api.Assertions.assertEquals("<TnDetails><Link>" + BASE + "/tns/9195551239</Link></TnDetails>", body);
                      }
                  }
                  """
              ),
              xml(
                """
                  <Notification>
                    <OrderType>orders</OrderType>
                    <Status>COMPLETE</Status>
                    <CompletedTelephoneNumbers>
                      <TelephoneNumber>9195551234</TelephoneNumber>
                    </CompletedTelephoneNumbers>
                  </Notification>
                  """,
                spec -> spec.path("src/test/resources/callbacks/order-complete.xml")
              ),
              xml(
                """
                  <TelephoneNumbersResponse>
                    <TelephoneNumberCount>1</TelephoneNumberCount>
                    <TelephoneNumbers>
                      <TelephoneNumber>9195551234</TelephoneNumber>
                    </TelephoneNumbers>
                  </TelephoneNumbersResponse>
                  """,
                spec -> spec.path("src/test/resources/responses/tns.xml")
              )
            );
        }

        @Test
        void otherHostsAndLogMessages() {
            rewriteRun(
              spec -> spec.typeValidationOptions(TypeValidation.none()),
              //language=java
              java(
                """
                  class Elsewhere {
                      private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Elsewhere.class);
                      String crm() { return "https://crm.acme.com/tns/9195551234"; }
                      String voice() { return "https://voice.bandwidth.com/api/v2/accounts/1/calls?tn=9195551234"; }
                      void order() {
                          // <TelephoneNumber>9195551234</TelephoneNumber>
                          log.info("ordering <TelephoneNumber>9195551234</TelephoneNumber> at https://dashboard.bandwidth.com/api/v2");
                      }
                  }
                  """
              )
            );
        }

        /** Template variables that are not a number's place, and templates of other APIs. */
        @Test
        void otherVariablesOfAUriTemplateAndOtherApis() {
            rewriteRun(
              spec -> spec.parser(JavaParser.fromJavaVersion().classpath("spring-web", "spring-core")),
              //language=java
              java(
                """
                  import java.util.Map;
                  import org.springframework.web.client.RestTemplate;
                  class Lookups {
                      static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/{a}";
                      final RestTemplate rest = new RestTemplate();
                      String order() {
                          return rest.getForObject(BASE + "/orders/{id}/tns", String.class, "9195550000", "4105550000");
                      }
                      String unnamed(String account) {
                          return rest.getForObject(BASE + "/tns/{tn}", String.class, Map.of("a", "9195551234"));
                      }
                      String messaging() {
                          return rest.getForObject("https://messaging.bandwidth.com/api/v2/users/{a}/tns/{tn}", String.class, "1", "9195551235");
                      }
                  }
                  """
              )
            );
        }

        /** A name the method declares twice: which of the two a use reads is not told apart. */
        @Test
        void aLocalNameDeclaredTwice() {
            rewriteRun(
              //language=java
              java(
                """
                  import java.net.URI;
                  class TnCheck {
                      static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1";
                      URI twice(boolean a) {
                          if (a) {
                              String tn = "9195551236";
                              System.out.println(tn);
                          }
                          String tn = "+19195551237";
                          return URI.create(BASE + "/tns/" + tn);
                      }
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
            spec.recipe(new TenDigitNumberSent()).parser(KotlinParser.builder().classpath("bandwidth-java-iris-sdk"));
        }

        /**
         * A Kotlin data class whose primary constructor maps a parameter to {@code <TelephoneNumber>}
         * ({@code @JacksonXmlProperty(localName = "TelephoneNumber") val telephoneNumbers}), built by a Dashboard client
         * from its parameter: the numbers a test hands the client are sent. A data class of the customer's own, built
         * the same way, is left alone.
         */
        @Test
        void numbersHandedToTheConstructorOfADataClassMappedToANumberElement() {
            rewriteRun(
              spec -> spec.parser(KotlinParser.builder().classpath("jackson-dataformat-xml", "jackson-annotations"))
                .typeValidationOptions(TypeValidation.none()),
              //language=kotlin
              kotlin(
                """
                  package com.acme.model
                  import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper
                  import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty
                  data class ExistingTelephoneNumberOrderType(
                      @JacksonXmlElementWrapper(localName = "TelephoneNumberList")
                      @JacksonXmlProperty(localName = "TelephoneNumber")
                      val telephoneNumbers: List<String>,
                  )
                  data class CallList(val numbers: List<String>)
                  """, spec -> spec.path("src/main/kotlin/com/acme/model/Models.kt")
              ),
              //language=kotlin
              kotlin(
                """
                  package com.acme.model
                  class OrderClient {
                      val base = "https://dashboard.bandwidth.com/api/v2/accounts/1/orders"
                      fun orderExisting(id: String, tns: List<String>): String {
                          val order = ExistingTelephoneNumberOrderType(tns)
                          return base + order
                      }
                      fun remember(tns: List<String>): CallList = CallList(tns)
                  }
                  """, spec -> spec.path("src/main/kotlin/com/acme/model/OrderClient.kt")
              ),
              //language=kotlin
              kotlin(
                """
                  package com.acme.model
                  class OrderClientTest {
                      fun orders() {
                          OrderClient().orderExisting("C-1", listOf("6672286710", "5756186700"))
                          OrderClient().remember(listOf("6672286711"))
                      }
                  }
                  """,
                """
                  package com.acme.model
                  class OrderClientTest {
                      fun orders() {
                          OrderClient().orderExisting("C-1", listOf("+16672286710", "+15756186700"))
                          OrderClient().remember(listOf("6672286711"))
                      }
                  }
                  """, spec -> spec.path("src/test/kotlin/com/acme/model/OrderClientTest.kt")
              )
            );
        }

        /**
         * Kotlin sets an SDK model's numbers with property syntax (its setter): a companion's list, a list mapped
         * into {@code TelephoneNumber}s. A TN property of the project's own class that is no Dashboard request model
         * is left alone when nothing else in the file talks to the Dashboard.
         */
        @Test
        void numbersSetOnSdkModelsWithPropertySyntax() {
            rewriteRun(
              //language=kotlin
              kotlin(
                """
                  package com.acme.iris

                  import com.bandwidth.iris.sdk.IrisClient
                  import com.bandwidth.iris.sdk.model.ImportTnOrder
                  import com.bandwidth.iris.sdk.model.TelephoneNumber
                  import com.bandwidth.iris.sdk.model.TnOptionGroup
                  import com.bandwidth.iris.sdk.model.TnOptionOrder

                  class TnOptions(private val client: IrisClient) {
                      fun forward(to: String) = TnOptionOrder().apply {
                          tnOptionGroups = mutableListOf(TnOptionGroup().apply {
                              callForward = to
                              telephoneNumbers = CORPORATE_LINES
                          })
                      }

                      fun hosted() = ImportTnOrder().apply {
                          customerOrderId = "qc-hm-42"
                          telephoneNumberList = listOf("9195550131", "+19195550132").map { tn -> TelephoneNumber().apply { fullNumber = tn } }
                      }

                      companion object {
                          val CORPORATE_LINES = mutableListOf("9192304410", "8885550142")
                      }
                  }
                  """,
                """
                  package com.acme.iris

                  import com.bandwidth.iris.sdk.IrisClient
                  import com.bandwidth.iris.sdk.model.ImportTnOrder
                  import com.bandwidth.iris.sdk.model.TelephoneNumber
                  import com.bandwidth.iris.sdk.model.TnOptionGroup
                  import com.bandwidth.iris.sdk.model.TnOptionOrder

                  class TnOptions(private val client: IrisClient) {
                      fun forward(to: String) = TnOptionOrder().apply {
                          tnOptionGroups = mutableListOf(TnOptionGroup().apply {
                              callForward = to
                              telephoneNumbers = CORPORATE_LINES
                          })
                      }

                      fun hosted() = ImportTnOrder().apply {
                          customerOrderId = "qc-hm-42"
                          telephoneNumberList = listOf("+19195550131", "+19195550132").map { tn -> TelephoneNumber().apply { fullNumber = tn } }
                      }

                      companion object {
                          val CORPORATE_LINES = mutableListOf("+19192304410", "+18885550142")
                      }
                  }
                  """,
                spec -> spec.path("src/main/kotlin/com/acme/iris/TnOptions.kt")
              ),
              //language=kotlin
              kotlin(
                """
                  package com.acme.crm

                  class Contact {
                      var telephoneNumber: String = ""
                  }

                  fun sales() = Contact().apply { telephoneNumber = "9195550177" }
                  """,
                spec -> spec.path("src/main/kotlin/com/acme/crm/Contact.kt")
              )
            );
        }

        @Test
        void numberInAPathAndAnEpochLookAlike() {
            rewriteRun(
              //language=kotlin
              kotlin(
                """
                  package com.acme.iris

                  class Tns(private val base: String = "https://dashboard.bandwidth.com/api/v2") {
                      fun details() = "$base/tns/9195551234/tndetails"
                      fun since() = "$base/accounts/1/orders?modifiedDateFrom=1700000000"
                  }
                  """,
                """
                  package com.acme.iris

                  class Tns(private val base: String = "https://dashboard.bandwidth.com/api/v2") {
                      fun details() = "$base/tns/+19195551234/tndetails"
                      fun since() = "$base/accounts/1/orders?modifiedDateFrom=1700000000"
                  }
                  """
              )
            );
        }
    }
}
