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
import static org.openrewrite.xml.Assertions.xml;

class MessagingViaSippeerTnsTest implements RewriteTest {
    private static final String ON = "[BW009] v2 answers 400 \"Messaging service needs to be enabled/disabled via a TN Option order\" when a /sites/{s}/sippeers/{p}/tns request carries messaging settings; remove them from this payload and send POST /accounts/{id}/tnoptions with <TnOptionOrder><TnOptionGroups><TnOptionGroup><Sms>on</Sms><TelephoneNumbers><TelephoneNumber>+1NXXNXXXXXX</TelephoneNumber></TelephoneNumbers></TnOptionGroup></TnOptionGroups></TnOptionOrder>";
    private static final String OFF = ON.replace("<Sms>on</Sms>", "<Sms>off</Sms>");
    private static final String ANY = ON.replace("<Sms>on</Sms>", "<Sms>on (or off)</Sms>");
    private static final String EITHER = ON.replace("<Sms>on</Sms>", "<Sms>on (or off)</Sms>");

    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipe(new MessagingViaSippeerTns())
          .parser(JavaParser.fromJavaVersion().classpath("bandwidth-java-iris-sdk"));
    }

    @DocumentExample
    @Test
    void sipPeerTnPayloadWithMessagingSettings() {
        rewriteRun(
          //language=java
          java(
            """
              class SipPeerTnClient {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1";
                  String url(String site, String peer, String tn) {
                      return BASE + "/sites/" + site + "/sippeers/" + peer + "/tns/" + tn;
                  }
                  String body(String tn) {
                      return \"""
                          <SipPeerTelephoneNumber>
                            <FullNumber>%s</FullNumber>
                            <MessagingSettings>
                              <SmsEnabled>true</SmsEnabled>
                            </MessagingSettings>
                          </SipPeerTelephoneNumber>
                          \""".formatted(tn);
                  }
              }
              """,
            """
              class SipPeerTnClient {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1";
                  String url(String site, String peer, String tn) {
                      return BASE + "/sites/" + site + "/sippeers/" + peer + "/tns/" + tn;
                  }
                  String body(String tn) {
                      return /*~~(%s)~~>*/\"""
                          <SipPeerTelephoneNumber>
                            <FullNumber>%%s</FullNumber>
                            <MessagingSettings>
                              <SmsEnabled>true</SmsEnabled>
                            </MessagingSettings>
                          </SipPeerTelephoneNumber>
                          \""".formatted(tn);
                  }
              }
              """.formatted(ON)
          )
        );
    }

    /**
     * A body built element by element: DOM in a method that PUTs it to a sippeer TN through a path helper, StAX in a
     * payload class that writes the SipPeerTelephoneNumber element itself; the messaging element is marked once a
     * method. Reading the element from an answer, and the same element built for a request to another endpoint, are
     * left alone.
     */
    @Test
    void bodyBuiltElementByElement() {
        rewriteRun(
          //language=java
          java(
            """
              import javax.xml.parsers.DocumentBuilderFactory;
              import org.w3c.dom.Document;
              import org.w3c.dom.Element;
              class SipPeerTns {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1";
                  String tnPath(String tn) {
                      return BASE + "/sites/1/sippeers/2/tns/" + tn;
                  }
                  void bulkSms(String tn, boolean on) throws Exception {
                      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
                      Element root = doc.createElement("SipPeerTelephoneNumber");
                      doc.appendChild(root);
                      Element messaging = doc.createElement("MessagingSettings");
                      root.appendChild(messaging);
                      Element sms = doc.createElement("SmsEnabled");
                      sms.setTextContent(Boolean.toString(on));
                      messaging.appendChild(sms);
                      put(tnPath(tn), doc);
                  }
                  boolean smsOn(Document answer) {
                      return answer.getElementsByTagName("MessagingSettings").getLength() > 0;
                  }
                  void application(Document doc) {
                      doc.createElement("MessagingSettings");
                      put(BASE + "/applications/9", doc);
                  }
                  void put(String url, Document body) {
                  }
              }
              """,
            """
              import javax.xml.parsers.DocumentBuilderFactory;
              import org.w3c.dom.Document;
              import org.w3c.dom.Element;
              class SipPeerTns {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1";
                  String tnPath(String tn) {
                      return BASE + "/sites/1/sippeers/2/tns/" + tn;
                  }
                  void bulkSms(String tn, boolean on) throws Exception {
                      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
                      Element root = doc.createElement("SipPeerTelephoneNumber");
                      doc.appendChild(root);
                      Element messaging = doc.createElement(/*~~(%s)~~>*/"MessagingSettings");
                      root.appendChild(messaging);
                      Element sms = doc.createElement("SmsEnabled");
                      sms.setTextContent(Boolean.toString(on));
                      messaging.appendChild(sms);
                      put(tnPath(tn), doc);
                  }
                  boolean smsOn(Document answer) {
                      return answer.getElementsByTagName("MessagingSettings").getLength() > 0;
                  }
                  void application(Document doc) {
                      doc.createElement("MessagingSettings");
                      put(BASE + "/applications/9", doc);
                  }
                  void put(String url, Document body) {
                  }
              }
              """.formatted(ANY)
          ),
          //language=java
          java(
            """
              import javax.xml.stream.XMLStreamWriter;
              class SipPeerTnWriter {
                  void write(XMLStreamWriter out, String tn, boolean sms) throws Exception {
                      out.writeStartElement("SipPeerTelephoneNumber");
                      out.writeStartElement("FullNumber");
                      out.writeCharacters(tn);
                      out.writeEndElement();
                      out.writeStartElement("MessagingSettings");
                      out.writeStartElement("SmsEnabled");
                      out.writeCharacters(Boolean.toString(sms));
                      out.writeEndElement();
                      out.writeEndElement();
                      out.writeEndElement();
                  }
              }
              """,
            """
              import javax.xml.stream.XMLStreamWriter;
              class SipPeerTnWriter {
                  void write(XMLStreamWriter out, String tn, boolean sms) throws Exception {
                      out.writeStartElement("SipPeerTelephoneNumber");
                      out.writeStartElement("FullNumber");
                      out.writeCharacters(tn);
                      out.writeEndElement();
                      out.writeStartElement(/*~~(%s)~~>*/"MessagingSettings");
                      out.writeStartElement("SmsEnabled");
                      out.writeCharacters(Boolean.toString(sms));
                      out.writeEndElement();
                      out.writeEndElement();
                      out.writeEndElement();
                  }
              }
              """.formatted(ANY)
          )
        );
    }

    /**
     * A builder step of any name given the messaging part as a model ({@code .messaging(new MessagingSettings(on))}) in
     * a method that PUTs the body to a sippeer TN is marked; the same model given to a TN option order's step is not.
     */
    @Test
    void builderStepGivenAMessagingSettingsModel() {
        rewriteRun(
          //language=java
          java(
            """
              class SipPeerTnClient {
                  static final String SIPPEER_TN = "https://dashboard.bandwidth.com/api/v2/accounts/1/sites/2/sippeers/3/tns/";
                  record MessagingSettings(boolean smsEnabled) {}
                  static class Settings {
                      static Settings builder() { return new Settings(); }
                      Settings fullNumber(String tn) { return this; }
                      Settings messaging(MessagingSettings m) { return this; }
                      Settings build() { return this; }
                  }
                  void setMessaging(String tn, boolean enabled) {
                      Settings body = Settings.builder()
                          .fullNumber(tn)
                          .messaging(new MessagingSettings(enabled))
                          .build();
                      put(SIPPEER_TN + tn, body);
                  }
                  void option(String tn, boolean enabled) {
                      Settings body = Settings.builder().messaging(new MessagingSettings(enabled)).build();
                      put("https://dashboard.bandwidth.com/api/v2/accounts/1/tnoptions", body);
                  }
                  void put(String url, Object body) {
                  }
              }
              """,
            """
              class SipPeerTnClient {
                  static final String SIPPEER_TN = "https://dashboard.bandwidth.com/api/v2/accounts/1/sites/2/sippeers/3/tns/";
                  record MessagingSettings(boolean smsEnabled) {}
                  static class Settings {
                      static Settings builder() { return new Settings(); }
                      Settings fullNumber(String tn) { return this; }
                      Settings messaging(MessagingSettings m) { return this; }
                      Settings build() { return this; }
                  }
                  void setMessaging(String tn, boolean enabled) {
                      Settings body = Settings.builder()
                          .fullNumber(tn)
                          ./*~~(%s)~~>*/messaging(new MessagingSettings(enabled))
                          .build();
                      put(SIPPEER_TN + tn, body);
                  }
                  void option(String tn, boolean enabled) {
                      Settings body = Settings.builder().messaging(new MessagingSettings(enabled)).build();
                      put("https://dashboard.bandwidth.com/api/v2/accounts/1/tnoptions", body);
                  }
                  void put(String url, Object body) {
                  }
              }
              """.formatted(ANY)
          )
        );
    }

    /**
     * A payload model sent through a Retrofit method mapped to a sippeer TN: its Sms wither puts messaging settings in,
     * in the command that sends it and in a test that sends it to a mock server. A TN option group's setSms, sent to
     * /tnoptions, is the v2 way.
     */
    @Test
    void modelSentThroughADeclarativeClientMethodMappedToASippeerTn() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.dashboard;
              import retrofit2.Call;
              import retrofit2.http.*;
              public interface DashboardApi {
                  @PUT("accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}")
                  Call<Void> updateSipPeerTn(@Path("accountId") String accountId, @Path("siteId") String siteId,
                                             @Path("sipPeerId") String sipPeerId, @Path("tn") String tn, @Body SipPeerTnUpdate body);
                  @POST("accounts/{accountId}/tnoptions")
                  Call<Void> tnOptions(@Path("accountId") String accountId, @Body TnOptionGroup body);
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              public record SipPeerTnUpdate(String fullNumber, Boolean sms) {
                  public static SipPeerTnUpdate of(String tn) { return new SipPeerTnUpdate(tn, null); }
                  public SipPeerTnUpdate withSms(boolean on) { return new SipPeerTnUpdate(fullNumber, on); }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              public class TnOptionGroup {
                  private String sms;
                  public void setSms(String sms) { this.sms = sms; }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.cli;
              import com.acme.dashboard.*;
              class MessagingToggle {
                  DashboardApi api;
                  void peer(String tn, boolean on) throws Exception {
                      SipPeerTnUpdate update = SipPeerTnUpdate.of(tn).withSms(on);
                      api.updateSipPeerTn("1", "2", "3", tn, update).execute();
                  }
                  void option(boolean on) throws Exception {
                      TnOptionGroup group = new TnOptionGroup();
                      group.setSms(on ? "on" : "off");
                      api.tnOptions("1", group).execute();
                  }
              }
              """,
            """
              package com.acme.cli;
              import com.acme.dashboard.*;
              class MessagingToggle {
                  DashboardApi api;
                  void peer(String tn, boolean on) throws Exception {
                      SipPeerTnUpdate update = SipPeerTnUpdate.of(tn)./*~~(%s)~~>*/withSms(on);
                      api.updateSipPeerTn("1", "2", "3", tn, update).execute();
                  }
                  void option(boolean on) throws Exception {
                      TnOptionGroup group = new TnOptionGroup();
                      group.setSms(on ? "on" : "off");
                      api.tnOptions("1", group).execute();
                  }
              }
              """.formatted(ANY)
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              class DashboardApiTest {
                  DashboardApi api;
                  @org.junit.jupiter.api.Test
                  void sipPeerTnUpdateCarriesMessagingSettings() throws Exception {
                      SipPeerTnUpdate update = SipPeerTnUpdate.of("8045550188").withSms(true);
                      api.updateSipPeerTn("1", "2", "3", "8045550188", update).execute();
                  }
              }
              """,
            """
              package com.acme.dashboard;
              class DashboardApiTest {
                  DashboardApi api;
                  @org.junit.jupiter.api.Test
                  void sipPeerTnUpdateCarriesMessagingSettings() throws Exception {
                      SipPeerTnUpdate update = SipPeerTnUpdate.of("8045550188")./*~~(%s)~~>*/withSms(true);
                      api.updateSipPeerTn("1", "2", "3", "8045550188", update).execute();
                  }
              }
              """.formatted(ANY)
          )
        );
    }

    /**
     * A JAXB-style model with public fields, its messaging part assigned in the method that sends it through a client
     * method mapped to a sippeer TN: one finding, on the first assignment. The same model's routing fields, and a TN
     * option group's {@code sms} field, are left alone.
     */
    @Test
    void publicFieldsOfTheBodyAssignedInTheMethodThatSendsIt() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.dashboard;
              import feign.Param;
              import feign.RequestLine;
              public interface SipPeerTnApi {
                  @RequestLine("PUT /accounts/{a}/sites/{s}/sippeers/{p}/tns/{tn}")
                  void update(@Param("a") String a, @Param("s") String s, @Param("p") String p, @Param("tn") String tn, PeerTnXml body);
                  @RequestLine("POST /accounts/{a}/tnoptions")
                  void options(@Param("a") String a, OptionXml body);
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              public class PeerTnXml {
                  public String fullNumber;
                  public String callForward;
                  public Messaging messagingSettings;
                  public static class Messaging {
                      public boolean smsEnabled;
                  }
                  public static class Builder {
                      private final PeerTnXml tn = new PeerTnXml();
                      public Builder messagingSettings(Messaging m) {
                          tn.messagingSettings = m;
                          return this;
                      }
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.dashboard;
              public class OptionXml {
                  public String sms;
                  public String fullNumber;
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.routing;
              import com.acme.dashboard.*;
              class Routing {
                  SipPeerTnApi api;
                  void activate(String tn, boolean sms) {
                      PeerTnXml body = new PeerTnXml();
                      body.fullNumber = tn;
                      body.messagingSettings = new PeerTnXml.Messaging();
                      body.messagingSettings.smsEnabled = sms;
                      api.update("1", "2", "3", tn, body);
                  }
                  void forward(String tn, String to) {
                      PeerTnXml body = new PeerTnXml();
                      body.fullNumber = tn;
                      body.callForward = to;
                      api.update("1", "2", "3", tn, body);
                  }
                  void option(String tn) {
                      OptionXml body = new OptionXml();
                      body.fullNumber = tn;
                      body.sms = "on";
                      api.options("1", body);
                  }
              }
              """,
            """
              package com.acme.routing;
              import com.acme.dashboard.*;
              class Routing {
                  SipPeerTnApi api;
                  void activate(String tn, boolean sms) {
                      PeerTnXml body = new PeerTnXml();
                      body.fullNumber = tn;
                      /*~~(%s)~~>*/body.messagingSettings = new PeerTnXml.Messaging();
                      body.messagingSettings.smsEnabled = sms;
                      api.update("1", "2", "3", tn, body);
                  }
                  void forward(String tn, String to) {
                      PeerTnXml body = new PeerTnXml();
                      body.fullNumber = tn;
                      body.callForward = to;
                      api.update("1", "2", "3", tn, body);
                  }
                  void option(String tn) {
                      OptionXml body = new OptionXml();
                      body.fullNumber = tn;
                      body.sms = "on";
                      api.options("1", body);
                  }
              }
              """.formatted(ANY)
          )
        );
    }

    @Test
    void fragmentInTheClassThatCallsSippeerTns() {
        rewriteRun(
          //language=java
          java(
            """
              class Messaging {
                  String disable(String site, String peer, String tn) {
                      String url = "https://dashboard.bandwidth.com/api/v2/accounts/1/sites/" + site + "/sippeers/" + peer + "/tns/" + tn;
                      String body = "<FullNumber>" + tn + "</FullNumber>" + "<SmsEnabled>false</SmsEnabled>";
                      return url + body;
                  }
              }
              """,
            """
              class Messaging {
                  String disable(String site, String peer, String tn) {
                      String url = "https://dashboard.bandwidth.com/api/v2/accounts/1/sites/" + site + "/sippeers/" + peer + "/tns/" + tn;
                      String body = "<FullNumber>" + tn + "</FullNumber>" + /*~~(%s)~~>*/"<SmsEnabled>false</SmsEnabled>";
                      return url + body;
                  }
              }
              """.formatted(OFF)
          )
        );
    }

    @Test
    void payloadModelWhoseMessagingSettingsAreSetInTheMethodThatSendsIt() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import org.springframework.web.client.RestClient;
              class SipPeerTns {
                  RestClient rest;
                  void configure(String tn, boolean sms) {
                      SipPeerTnPayload payload = new SipPeerTnPayload();
                      payload.setFullNumber(tn);
                      payload.setMessagingSettings(new MessagingSettings(sms));
                      rest.put().uri("/accounts/{a}/sites/{s}/sippeers/{p}/tns/{tn}", "1", "2", "3", tn).body(payload).retrieve();
                  }
                  void forward(String tn, String to) {
                      SipPeerTnPayload payload = new SipPeerTnPayload();
                      payload.setCallForward(to);
                      rest.put().uri("/accounts/{a}/sites/{s}/sippeers/{p}/tns/{tn}", "1", "2", "3", tn).body(payload).retrieve();
                  }
                  void order(TnOptionGroup group) {
                      group.setSms("on");
                      group.setMessagingSettings(null);
                      rest.post().uri("/accounts/{a}/tnoptions", "1").body(group).retrieve();
                  }
                  record MessagingSettings(boolean smsEnabled) {}
                  static class SipPeerTnPayload {
                      void setFullNumber(String n) {}
                      void setCallForward(String n) {}
                      void setMessagingSettings(MessagingSettings m) {}
                  }
                  static class TnOptionGroup {
                      void setSms(String s) {}
                      void setMessagingSettings(MessagingSettings m) {}
                  }
              }
              """,
            """
              import org.springframework.web.client.RestClient;
              class SipPeerTns {
                  RestClient rest;
                  void configure(String tn, boolean sms) {
                      SipPeerTnPayload payload = new SipPeerTnPayload();
                      payload.setFullNumber(tn);
                      /*~~(%s)~~>*/payload.setMessagingSettings(new MessagingSettings(sms));
                      rest.put().uri("/accounts/{a}/sites/{s}/sippeers/{p}/tns/{tn}", "1", "2", "3", tn).body(payload).retrieve();
                  }
                  void forward(String tn, String to) {
                      SipPeerTnPayload payload = new SipPeerTnPayload();
                      payload.setCallForward(to);
                      rest.put().uri("/accounts/{a}/sites/{s}/sippeers/{p}/tns/{tn}", "1", "2", "3", tn).body(payload).retrieve();
                  }
                  void order(TnOptionGroup group) {
                      group.setSms("on");
                      group.setMessagingSettings(null);
                      rest.post().uri("/accounts/{a}/tnoptions", "1").body(group).retrieve();
                  }
                  record MessagingSettings(boolean smsEnabled) {}
                  static class SipPeerTnPayload {
                      void setFullNumber(String n) {}
                      void setCallForward(String n) {}
                      void setMessagingSettings(MessagingSettings m) {}
                  }
                  static class TnOptionGroup {
                      void setSms(String s) {}
                      void setMessagingSettings(MessagingSettings m) {}
                  }
              }
              """.formatted(EITHER)
          )
        );
    }

    /** A step of a builder chain is marked on its name: the chain starts lines before it, where nothing is to change. */
    @Test
    void builderStepOfAModelNamedForTheSippeerTnBody() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              class SipPeerTnUpdate {
                  static SipPeerTnUpdateBuilder builder() { return new SipPeerTnUpdateBuilder(); }
                  static class SipPeerTnUpdateBuilder {
                      SipPeerTnUpdateBuilder fullNumber(String tn) { return this; }
                      SipPeerTnUpdateBuilder messagingSettings(Object m) { return this; }
                      SipPeerTnUpdate build() { return new SipPeerTnUpdate(); }
                  }
              }
              """
          ),
          //language=java
          java(
            """
              class SipPeerTnService {
                  void moveWithMessaging(SipPeerTnClient client, String tn) {
                      SipPeerTnUpdate update = SipPeerTnUpdate.builder()
                              .fullNumber(tn)
                              .messagingSettings(new MessagingSettings(true))
                              .build();
                      client.update(tn, update);
                  }
              }
              """,
            """
              class SipPeerTnService {
                  void moveWithMessaging(SipPeerTnClient client, String tn) {
                      SipPeerTnUpdate update = SipPeerTnUpdate.builder()
                              .fullNumber(tn)
                              ./*~~(%s)~~>*/messagingSettings(new MessagingSettings(true))
                              .build();
                      client.update(tn, update);
                  }
              }
              """.formatted(EITHER)
          )
        );
    }

    /** A nested {@code Builder} of the model is the model's: its messaging step is marked wherever the body is built. */
    @Test
    void nestedBuilderOfAModelNamedForTheSippeerTnBody() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.xml;
              public class SipPeerTelephoneNumberXml {
                  public static class MessagingSettings {
                      public MessagingSettings(boolean smsEnabled) {}
                  }
                  public static Builder builder() { return new Builder(); }
                  public static final class Builder {
                      public Builder fullNumber(String tn) { return this; }
                      public Builder callForward(String to) { return this; }
                      public Builder messagingSettings(MessagingSettings settings) { return this; }
                      public SipPeerTelephoneNumberXml build() { return new SipPeerTelephoneNumberXml(); }
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme;
              import com.acme.xml.SipPeerTelephoneNumberXml;
              import com.acme.xml.SipPeerTelephoneNumberXml.MessagingSettings;
              class SipPeerTnClient {
                  void setSms(String tn, boolean enabled) {
                      SipPeerTelephoneNumberXml body = SipPeerTelephoneNumberXml.builder()
                              .fullNumber(tn)
                              .messagingSettings(new MessagingSettings(enabled))
                              .build();
                      put(tn, body);
                  }
                  void routing(String tn, String to) {
                      put(tn, SipPeerTelephoneNumberXml.builder().fullNumber(tn).callForward(to).build());
                  }
                  private void put(String tn, Object body) {}
              }
              """,
            """
              package com.acme;
              import com.acme.xml.SipPeerTelephoneNumberXml;
              import com.acme.xml.SipPeerTelephoneNumberXml.MessagingSettings;
              class SipPeerTnClient {
                  void setSms(String tn, boolean enabled) {
                      SipPeerTelephoneNumberXml body = SipPeerTelephoneNumberXml.builder()
                              .fullNumber(tn)
                              ./*~~(%s)~~>*/messagingSettings(new MessagingSettings(enabled))
                              .build();
                      put(tn, body);
                  }
                  void routing(String tn, String to) {
                      put(tn, SipPeerTelephoneNumberXml.builder().fullNumber(tn).callForward(to).build());
                  }
                  private void put(String tn, Object body) {}
              }
              """.formatted(EITHER)
          )
        );
    }

    /**
     * A record of the sippeer TN body built with its messaging part ({@code new MessagingSettings(enabled)} given to
     * its constructor) is marked there; built without it, or in a unit test of its XML, it is not; in the model's own
     * wither ({@code withSms(boolean)}) the callers of the wither are marked instead. A TN option
     * group's model with an Sms setting is the v2 way.
     */
    @Test
    void messagingPartGivenToTheConstructorOfAModelNamedForTheSippeerTnBody() {
        rewriteRun(
          //language=java
          java(
            """
              package com.acme.xml;
              public record SipPeerTnPayload(String fullNumber, String callForward, MessagingSettings messagingSettings) {
                  public record MessagingSettings(boolean smsEnabled) {
                  }
                  public static SipPeerTnPayload callForward(String tn, String to) {
                      return new SipPeerTnPayload(tn, to, null);
                  }
                  public static SipPeerTnPayload sms(String tn, boolean enabled) {
                      return new SipPeerTnPayload(tn, null, new MessagingSettings(enabled));
                  }
                  public SipPeerTnPayload withSms(boolean enabled) {
                      return new SipPeerTnPayload(fullNumber, callForward, new MessagingSettings(enabled));
                  }
              }
              """,
            """
              package com.acme.xml;
              public record SipPeerTnPayload(String fullNumber, String callForward, MessagingSettings messagingSettings) {
                  public record MessagingSettings(boolean smsEnabled) {
                  }
                  public static SipPeerTnPayload callForward(String tn, String to) {
                      return new SipPeerTnPayload(tn, to, null);
                  }
                  public static SipPeerTnPayload sms(String tn, boolean enabled) {
                      return new SipPeerTnPayload(tn, null, /*~~(%s)~~>*/new MessagingSettings(enabled));
                  }
                  public SipPeerTnPayload withSms(boolean enabled) {
                      return new SipPeerTnPayload(fullNumber, callForward, new MessagingSettings(enabled));
                  }
              }
              """.formatted(EITHER)
          ),
          //language=java
          java(
            """
              package com.acme.xml;
              class Toggle {
                  SipPeerTnPayload on(String tn) {
                      return SipPeerTnPayload.callForward(tn, null).withSms(true);
                  }
              }
              """,
            """
              package com.acme.xml;
              class Toggle {
                  SipPeerTnPayload on(String tn) {
                      return SipPeerTnPayload.callForward(tn, null)./*~~(%s)~~>*/withSms(true);
                  }
              }
              """.formatted(EITHER)
          ),
          //language=java
          java(
            """
              package com.acme.xml;
              public record TnOptionGroup(String sms, MessagingSettings settings, java.util.List<String> tns) {
                  public record MessagingSettings(boolean smsEnabled) {
                  }
                  static TnOptionGroup on(java.util.List<String> tns) {
                      return new TnOptionGroup("on", new MessagingSettings(true), tns);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.xml;
              class SipPeerTnPayloadTest {
                  @org.junit.jupiter.api.Test
                  void writesMessagingSettings() {
                      SipPeerTnPayload payload = new SipPeerTnPayload("+19195550147", null, new SipPeerTnPayload.MessagingSettings(true));
                  }
              }
              """
          )
        );
    }

    @Test
    void modelNamedForTheSippeerTnBodyWhoseUrlComesFromAHelperElsewhere() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              class SipPeerTnUpdate {
                  SipPeerTnUpdate(String tn) {}
                  void setMessagingSettings(Object m) {}
                  void setRpidFormat(String f) {}
              }
              """
          ),
          //language=java
          java(
            """
              class SmsJob {
                  Http http;
                  void enable(String tn) {
                      SipPeerTnUpdate update = new SipPeerTnUpdate(tn);
                      update.setMessagingSettings(Boolean.TRUE);
                      http.put(Paths.sipPeerTn(tn), update);
                  }
                  void rpid(String tn) {
                      SipPeerTnUpdate update = new SipPeerTnUpdate(tn);
                      update.setRpidFormat("e164");
                      http.put(Paths.sipPeerTn(tn), update);
                  }
                  @org.junit.jupiter.api.Test
                  void serialises() {
                      SipPeerTnUpdate update = new SipPeerTnUpdate("+19195550147");
                      update.setMessagingSettings(Boolean.TRUE);
                  }
                  interface Http { void put(String path, Object body); }
                  static class Paths { static String sipPeerTn(String tn) { return tn; } }
              }
              """,
            """
              class SmsJob {
                  Http http;
                  void enable(String tn) {
                      SipPeerTnUpdate update = new SipPeerTnUpdate(tn);
                      /*~~(%s)~~>*/update.setMessagingSettings(Boolean.TRUE);
                      http.put(Paths.sipPeerTn(tn), update);
                  }
                  void rpid(String tn) {
                      SipPeerTnUpdate update = new SipPeerTnUpdate(tn);
                      update.setRpidFormat("e164");
                      http.put(Paths.sipPeerTn(tn), update);
                  }
                  @org.junit.jupiter.api.Test
                  void serialises() {
                      SipPeerTnUpdate update = new SipPeerTnUpdate("+19195550147");
                      update.setMessagingSettings(Boolean.TRUE);
                  }
                  interface Http { void put(String path, Object body); }
                  static class Paths { static String sipPeerTn(String tn) { return tn; } }
              }
              """.formatted(EITHER)
          )
        );
    }

    /**
     * A test that calls the client's method which sends messaging settings ({@code client.setSmsEnabled(tn, true)}),
     * beside an expectation of the sippeer TN request: the call is no payload model's setter, and the payload is
     * flagged where the client builds it.
     */
    @Test
    void clientCallInATestIsNoModelSetter() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              class SipPeerTnClientTest {
                  SipPeerTnClient client;
                  Server server;
                  @org.junit.jupiter.api.Test
                  void smsToggle() {
                      server.expect("/sites/30541/sippeers/500651/tns/+19195550190");
                      client.setSmsEnabled("+19195550190", true);
                  }
                  interface SipPeerTnClient { void setSmsEnabled(String tn, boolean on); }
                  interface Server { void expect(String url); }
              }
              """
          )
        );
    }

    @Test
    void jsonPayloadInTheSameClass() {
        rewriteRun(
          //language=java
          java(
            """
              class JsonSipPeer {
                  static final String PATH = "/sites/{site}/sippeers/{peer}/tns/{tn}";
                  String body() { return "{\\"fullNumber\\": \\"+19195551234\\", \\"smsEnabled\\": true}"; }
              }
              """,
            """
              class JsonSipPeer {
                  static final String PATH = "/sites/{site}/sippeers/{peer}/tns/{tn}";
                  String body() { return /*~~(%s)~~>*/"{\\"fullNumber\\": \\"+19195551234\\", \\"smsEnabled\\": true}"; }
              }
              """.formatted(ON.replace("<Sms>on</Sms>", "<Sms>on (or off)</Sms>"))
          )
        );
    }

    @Test
    void xmlTemplateResource() {
        rewriteRun(
          xml(
            """
              <SipPeerTelephoneNumber>
                <FullNumber>+19195551234</FullNumber>
                <MessagingSettings>
                  <SmsEnabled>true</SmsEnabled>
                </MessagingSettings>
              </SipPeerTelephoneNumber>
              """,
            """
              <SipPeerTelephoneNumber>
                <FullNumber>+19195551234</FullNumber>
                <!--~~(%s)~~>--><MessagingSettings>
                  <SmsEnabled>true</SmsEnabled>
                </MessagingSettings>
              </SipPeerTelephoneNumber>
              """.formatted(ON),
            spec -> spec.path("src/main/resources/templates/sippeer-tn.xml")
          )
        );
    }

    @Nested
    class NoChange {

        @Test
        void sippeerTnsWithoutMessagingSettings() {
            rewriteRun(
              //language=java
              java(
                """
                  class CallForward {
                      static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1";
                      String url(String site, String peer, String tn) {
                          return BASE + "/sites/" + site + "/sippeers/" + peer + "/tns/" + tn;
                      }
                      String body(String tn) {
                          return "<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber><CallForward>+19195550000</CallForward></SipPeerTelephoneNumber>";
                      }
                  }
                  """
              ),
              xml(
                """
                  <SipPeerTelephoneNumber>
                    <FullNumber>+19195551234</FullNumber>
                    <RPIDFormat>e164</RPIDFormat>
                  </SipPeerTelephoneNumber>
                  """,
                spec -> spec.path("src/main/resources/templates/sippeer-tn.xml")
              )
            );
        }

        @Test
        void smsFeatureOfASipPeerInAClassThatAlsoListsItsTns() {
            rewriteRun(
              //language=java
              java(
                """
                  class SipPeerAdmin {
                      static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/sites/2/sippeers/3";
                      String tns() { return BASE + "/tns"; }
                      String smsFeatureUrl() { return BASE + "/products/messaging/features/sms"; }
                      String smsFeature() {
                          return "<SipPeerSmsFeature><SipPeerSmsFeatureSettings><SmsEnabled>true</SmsEnabled></SipPeerSmsFeatureSettings></SipPeerSmsFeature>";
                      }
                  }
                  """
              )
            );
        }

        @Test
        void tnOptionOrderIsTheV2Way() {
            rewriteRun(
              //language=java
              java(
                """
                  class EnableSms {
                      static final String OLD = "https://dashboard.bandwidth.com/api/v2/accounts/1/sites/2/sippeers/3/tns";
                      static final String URL = "https://dashboard.bandwidth.com/api/v2/accounts/1/tnoptions";
                      String body(String tn) {
                          return "<TnOptionOrder><TnOptionGroups><TnOptionGroup><Sms>on</Sms><TelephoneNumbers><TelephoneNumber>"
                              + tn + "</TelephoneNumber></TelephoneNumbers></TnOptionGroup></TnOptionGroups></TnOptionOrder>";
                      }
                  }
                  """
              )
            );
        }

        @Test
        void messagingSettingsForAnotherEndpoint() {
            rewriteRun(
              //language=java
              java(
                """
                  class SipPeerSettings {
                      static final String URL = "https://dashboard.bandwidth.com/api/v2/accounts/1/sites/2/sippeers/3/products/messaging/features/sms";
                      String body() { return "<SipPeerSmsFeature><SipPeerSmsFeatureSettings><SmsEnabled>true</SmsEnabled></SipPeerSmsFeatureSettings></SipPeerSmsFeature>"; }
                  }
                  """
              ),
              //language=java
              java(
                """
                  class OtherClass {
                      String body() { return "<MessagingSettings><SmsEnabled>true</SmsEnabled></MessagingSettings>"; }
                  }
                  """
              ),
              //language=java
              java(
                """
                  class SipPeerTns {
                      static final String URL = "https://dashboard.bandwidth.com/api/v2/accounts/1/sites/2/sippeers/3/tns";
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
            spec.recipe(new MessagingViaSippeerTns()).parser(KotlinParser.builder());
        }

        /**
         * A raw string with a template: flagged on the whole template (a mark inside it would print into the string);
         * a payload of the same request without messaging settings is left alone.
         */
        @Test
        void rawStringPayloadOfASippeerTnRequest() {
            rewriteRun(
              //language=kotlin
              kotlin(
                """
                  package com.acme.iris

                  class SipPeerTnClient(private val base: String = "https://dashboard.bandwidth.com/api/v2") {
                      fun setSmsEnabled(tn: String, enabled: Boolean): Pair<String, String> {
                          val payload = \"""
                              <SipPeerTelephoneNumber>
                                  <FullNumber>$tn</FullNumber>
                                  <MessagingSettings>
                                      <SmsEnabled>$enabled</SmsEnabled>
                                  </MessagingSettings>
                              </SipPeerTelephoneNumber>
                          \""".trimIndent()
                          return "$base/accounts/1/sites/2/sippeers/3/tns/$tn" to payload
                      }

                      fun setCallForward(tn: String, to: String): Pair<String, String> {
                          val payload = "<SipPeerTelephoneNumber><FullNumber>$tn</FullNumber><CallForward>$to</CallForward></SipPeerTelephoneNumber>"
                          return "$base/accounts/1/sites/2/sippeers/3/tns/$tn" to payload
                      }
                  }
                  """,
                """
                  package com.acme.iris

                  class SipPeerTnClient(private val base: String = "https://dashboard.bandwidth.com/api/v2") {
                      fun setSmsEnabled(tn: String, enabled: Boolean): Pair<String, String> {
                          val payload = /*~~(%s)~~>*/\"""
                              <SipPeerTelephoneNumber>
                                  <FullNumber>$tn</FullNumber>
                                  <MessagingSettings>
                                      <SmsEnabled>$enabled</SmsEnabled>
                                  </MessagingSettings>
                              </SipPeerTelephoneNumber>
                          \""".trimIndent()
                          return "$base/accounts/1/sites/2/sippeers/3/tns/$tn" to payload
                      }

                      fun setCallForward(tn: String, to: String): Pair<String, String> {
                          val payload = "<SipPeerTelephoneNumber><FullNumber>$tn</FullNumber><CallForward>$to</CallForward></SipPeerTelephoneNumber>"
                          return "$base/accounts/1/sites/2/sippeers/3/tns/$tn" to payload
                      }
                  }
                  """.formatted(EITHER)
              )
            );
        }
    }
}
