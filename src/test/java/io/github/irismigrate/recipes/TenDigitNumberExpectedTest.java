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

class TenDigitNumberExpectedTest implements RewriteTest {
    static final String API = "v2 returns numbers in E.164 (+19195551234) in API responses, and %s assumes 10 digits; "
      + "normalise numbers to E.164 (preferred by Bandwidth); NumberFormat LEGACY (BW010) keeps 10 digits only on callbacks and reports, not on API responses";
    static final String CALLBACK = "v2 sends numbers in E.164 (+19195551234) in callbacks and reports unless they ask for NumberFormat LEGACY, "
      + "and %s assumes 10 digits; normalise numbers to E.164 (preferred by Bandwidth), or keep 10 digits on callbacks and reports with NumberFormat LEGACY (BW010)";

    static String api(String what) {
        return "/*~~([BW007] " + API.formatted(what) + ")~~>*/";
    }

    static String callback(String what) {
        return "/*~~([BW007] " + CALLBACK.formatted(what) + ")~~>*/";
    }

    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipe(new TenDigitNumberExpected())
          .parser(JavaParser.fromJavaVersion().classpath("bandwidth-java-iris-sdk"));
    }

    //language=java
    static final String SDK_CLIENT = """
      import com.bandwidth.iris.sdk.IrisClient;
      import com.bandwidth.iris.sdk.model.TelephoneNumber;
      class InServiceNumbers {
          IrisClient client;
          String areaCodeOf(TelephoneNumber number) {
              String tn = number.getFullNumber();
              if (tn.length() == 10) {
                  return tn.substring(0, 3);
              }
              return null;
          }
          String exchangeOf(TelephoneNumber number) {
              String tn = number.getFullNumber();
              return tn.substring(0, 6);
          }
      }
      """;

    //language=java
    static final String FED_ENTITY = """
      package com.acme.data;
      public class InventoryNumber {
          private long telephoneNumber;
          public void setTelephoneNumber(long telephoneNumber) { this.telephoneNumber = telephoneNumber; }
      }
      """;

    //language=java
    static final String FEEDING_SYNC = """
      package com.acme.sync;
      import com.acme.data.InventoryNumber;
      class InventorySync {
          static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/inserviceNumbers";
          InventoryNumber row(String tn) {
              InventoryNumber row = new InventoryNumber();
              row.setTelephoneNumber(Long.parseLong(tn));
              return row;
          }
      }
      """;

    //language=java
    static final String TARGETS = """
      package com.acme.http;
      import jakarta.ws.rs.client.Client;
      import jakarta.ws.rs.client.WebTarget;
      public final class Targets {
          public static WebTarget dashboard(Client client, String account) {
              return client.target("https://dashboard.bandwidth.com/api/v2").path("accounts").path(account);
          }
          public static WebTarget inventory(Client client) {
              return client.target("https://inventory.acme.internal/v3");
          }
      }
      """;

    //language=java
    static final String ORDER_CLIENT = """
      package com.acme.orders;
      import jakarta.ws.rs.client.WebTarget;
      import java.util.List;
      public class OrderClient {
          private final WebTarget account;
          public OrderClient(WebTarget account) { this.account = account; }
          public List<String> completedNumbers(String orderId) {
              return account.path("orders").path(orderId).request().get(List.class);
          }
      }
      """;

    //language=java
    static final String ORDER_POLLER = """
      package com.acme.orders;
      import java.util.List;
      import java.util.regex.Pattern;
      class OrderPoller {
          private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");
          private final OrderClient orders;
          OrderPoller(OrderClient orders) { this.orders = orders; }
          long firstNumber(String orderId) {
              for (String tn : orders.completedNumbers(orderId)) {
                  return Long.parseLong(tn);
              }
              return 0L;
          }
      }
      """;

    /**
     * A JAX-RS target a factory of the project builds for the Dashboard, handed to a client class of the project
     * ({@code WebTarget account = Targets.dashboard(..); new OrderClient(account)}), makes that class one that calls
     * the Dashboard, and so the classes holding it: the numbers of its answers are the Dashboard's. The same client
     * built with a target of the customer's own inventory service is not.
     */
    @Test
    void clientClassHandedADashboardTarget() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("jakarta.ws.rs-api")),
          java(TARGETS),
          java(ORDER_CLIENT),
          java(ORDER_POLLER, ORDER_POLLER
            .replace("compile(\"", "compile(" + api("this pattern") + "\"")
            .replace("return Long", "return " + api("parsing the number as a Long") + "Long")),
          java(
            """
              package com.acme;
              import com.acme.http.Targets;
              import com.acme.orders.OrderClient;
              import jakarta.ws.rs.client.Client;
              import jakarta.ws.rs.client.WebTarget;
              class App {
                  OrderClient orders(Client client) {
                      WebTarget account = Targets.dashboard(client, "12345");
                      return new OrderClient(account);
                  }
              }
              """
          )
        );
    }

    @Test
    void clientClassHandedAnotherServicesTarget() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("jakarta.ws.rs-api")),
          java(TARGETS.replace("\"https://dashboard.bandwidth.com/api/v2\"", "\"https://crm.acme.internal/api\"")),
          java(ORDER_CLIENT),
          java(ORDER_POLLER),
          java(
            """
              package com.acme;
              import com.acme.http.Targets;
              import com.acme.orders.OrderClient;
              import jakarta.ws.rs.client.Client;
              class App {
                  OrderClient orders(Client client) {
                      return new OrderClient(Targets.inventory(client));
                  }
              }
              """
          )
        );
    }

    //language=java
    static final String IMPORT_SERVICE = """
      package com.acme.imports;
      import java.util.List;
      public class ImportService {
          static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/9900/importTnOrders/";
          public ImportStatus status(String orderId) { return new ImportStatus(List.of()); }
          public String inserviceXml(String areaCode) { return "<TelephoneNumbers/>"; }
          public record ImportStatus(List<String> telephoneNumbers) { }
      }
      """;

    /**
     * A number read out of an item of what a Dashboard client of the project answered
     * ({@code completed.getFullNumber()} of {@code response.getCompletedNumbers()}), looked up by a repository's finder:
     * an API response's number in a store of 10-digit numbers. The same finder given the caller's own number is not.
     */
    @Test
    void numberReadFromAnItemOfAClientsAnswerLookedUpByAFinder() {
        rewriteRun(
          java(
            """
              package com.acme.dashboard;
              import java.util.List;
              public class OrderClient {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/9900/orders/";
                  public OrderResult get(String orderId) { return new OrderResult(); }
                  public static class OrderResult {
                      public List<CompletedNumber> getCompletedNumbers() { return List.of(); }
                  }
                  public static class CompletedNumber {
                      public String getFullNumber() { return ""; }
                  }
              }
              """
          ),
          java(
            """
              package com.acme.service;
              import com.acme.dashboard.OrderClient;
              import java.util.Optional;
              class Provisioning {
                  interface PhoneNumberRepository { Optional<Object> findByTn(String tn); }
                  private final OrderClient orders;
                  private final PhoneNumberRepository phoneNumbers;
                  Provisioning(OrderClient orders, PhoneNumberRepository phoneNumbers) {
                      this.orders = orders;
                      this.phoneNumbers = phoneNumbers;
                  }
                  void complete(String orderId) {
                      OrderClient.OrderResult response = orders.get(orderId);
                      for (OrderClient.CompletedNumber completed : response.getCompletedNumbers()) {
                          phoneNumbers.findByTn(completed.getFullNumber());
                      }
                  }
                  void release(Request request) {
                      phoneNumbers.findByTn(request.getTelephoneNumber());
                  }
                  interface Request { String getTelephoneNumber(); }
              }
              """,
            """
              package com.acme.service;
              import com.acme.dashboard.OrderClient;
              import java.util.Optional;
              class Provisioning {
                  interface PhoneNumberRepository { Optional<Object> findByTn(String tn); }
                  private final OrderClient orders;
                  private final PhoneNumberRepository phoneNumbers;
                  Provisioning(OrderClient orders, PhoneNumberRepository phoneNumbers) {
                      this.orders = orders;
                      this.phoneNumbers = phoneNumbers;
                  }
                  void complete(String orderId) {
                      OrderClient.OrderResult response = orders.get(orderId);
                      for (OrderClient.CompletedNumber completed : response.getCompletedNumbers()) {
                          %sphoneNumbers.findByTn(completed.getFullNumber());
                      }
                  }
                  void release(Request request) {
                      phoneNumbers.findByTn(request.getTelephoneNumber());
                  }
                  interface Request { String getTelephoneNumber(); }
              }
              """.formatted(api("this lookup of an API response's number in a store keyed by 10-digit numbers"))
          )
        );
    }

    /**
     * A class that does not talk to the Dashboard itself but reads what one of the project's Dashboard clients answered
     * ({@code service.status(id)}, the numbers read out of it or out of the XML it answered): the 10-digit assumptions
     * about those numbers are an API response's. The same checks on the method's own input are not flagged.
     */
    @Test
    void numbersOfWhatAProjectClientAnswered() {
        rewriteRun(
          java(IMPORT_SERVICE),
          java(
            """
              package com.acme.jobs;
              import java.util.List;
              final class NumberXml {
                  static List<String> fullNumbers(String xml) { return List.of(xml.split(",")); }
              }
              """
          ),
          java(
            """
              package com.acme.jobs;
              import com.acme.imports.ImportService;
              import java.util.Optional;
              import java.util.Set;
              class ImportPoller {
                  interface NumberRepository { Optional<Object> findByTn(String tn); }
                  private final ImportService imports;
                  private final NumberRepository numbers;
                  private final Set<String> tnStore;
                  ImportPoller(ImportService imports, NumberRepository numbers, Set<String> tnStore) {
                      this.imports = imports;
                      this.numbers = numbers;
                      this.tnStore = tnStore;
                  }
                  void poll(String orderId) {
                      ImportService.ImportStatus status = imports.status(orderId);
                      for (String tn : status.telephoneNumbers()) {
                          String dialable = "1" + tn;
                          numbers.findByTn(tn);
                      }
                  }
                  void reconcile(String areaCode) {
                      String xml = imports.inserviceXml(areaCode);
                      for (String tn : NumberXml.fullNumbers(xml)) {
                          if (tn.length() != 10 || !tnStore.contains(tn)) {
                              continue;
                          }
                      }
                  }
                  String dial(String tn) {
                      if (tn.length() == 10) {
                          numbers.findByTn(tn);
                      }
                      return "1" + tn;
                  }
              }
              """,
            """
              package com.acme.jobs;
              import com.acme.imports.ImportService;
              import java.util.Optional;
              import java.util.Set;
              class ImportPoller {
                  interface NumberRepository { Optional<Object> findByTn(String tn); }
                  private final ImportService imports;
                  private final NumberRepository numbers;
                  private final Set<String> tnStore;
                  ImportPoller(ImportService imports, NumberRepository numbers, Set<String> tnStore) {
                      this.imports = imports;
                      this.numbers = numbers;
                      this.tnStore = tnStore;
                  }
                  void poll(String orderId) {
                      ImportService.ImportStatus status = imports.status(orderId);
                      for (String tn : status.telephoneNumbers()) {
                          String dialable = %s"1" + tn;
                          %snumbers.findByTn(tn);
                      }
                  }
                  void reconcile(String areaCode) {
                      String xml = imports.inserviceXml(areaCode);
                      for (String tn : NumberXml.fullNumbers(xml)) {
                          if (%stn.length() != 10 || !%stnStore.contains(tn)) {
                              continue;
                          }
                      }
                  }
                  String dial(String tn) {
                      if (tn.length() == 10) {
                          numbers.findByTn(tn);
                      }
                      return "1" + tn;
                  }
              }
              """.formatted(api("this country-code prefix"),
              api("this lookup of an API response's number in a store keyed by 10-digit numbers"),
              api("this length check"),
              api("this lookup of an API response's number in a store keyed by 10-digit numbers"))
          )
        );
    }

    /**
     * A helper of a class that does not talk to the Dashboard and assumes 10 digits about its parameter
     * ({@code PhoneNumbers.npa(tn)} taking {@code tn.substring(0, 3)}, a {@code length() == 10} check): handing it a
     * number one of the project's Dashboard clients answered is flagged at the call. The helper itself, a helper that
     * assumes nothing ({@code digits}), and the same call on the method's own input are left alone.
     */
    @Test
    void answeredNumberHandedToAHelperThatAssumesTenDigits() {
        rewriteRun(
          java(IMPORT_SERVICE),
          java(
            """
              package com.acme.support;
              public final class PhoneNumbers {
                  public static String npa(String tn) { return tn.substring(0, 3); }
                  public static boolean isNational(String tn) { return tn != null && tn.length() == 10; }
                  public static String digits(String tn) { return tn.replace("-", ""); }
              }
              """
          ),
          java(
            """
              package com.acme.jobs;
              import com.acme.imports.ImportService;
              import com.acme.support.PhoneNumbers;
              import java.util.HashMap;
              import java.util.Map;
              class AreaCodeCounter {
                  private final ImportService imports;
                  AreaCodeCounter(ImportService imports) { this.imports = imports; }
                  Map<String, Integer> count(String orderId) {
                      Map<String, Integer> byNpa = new HashMap<>();
                      for (String tn : imports.status(orderId).telephoneNumbers()) {
                          if (!PhoneNumbers.isNational(tn)) {
                              continue;
                          }
                          byNpa.merge(PhoneNumbers.npa(tn), 1, Integer::sum);
                          PhoneNumbers.digits(tn);
                      }
                      return byNpa;
                  }
                  String label(String tn) {
                      return PhoneNumbers.npa(tn);
                  }
              }
              """,
            """
              package com.acme.jobs;
              import com.acme.imports.ImportService;
              import com.acme.support.PhoneNumbers;
              import java.util.HashMap;
              import java.util.Map;
              class AreaCodeCounter {
                  private final ImportService imports;
                  AreaCodeCounter(ImportService imports) { this.imports = imports; }
                  Map<String, Integer> count(String orderId) {
                      Map<String, Integer> byNpa = new HashMap<>();
                      for (String tn : imports.status(orderId).telephoneNumbers()) {
                          if (!%sPhoneNumbers.isNational(tn)) {
                              continue;
                          }
                          byNpa.merge(%sPhoneNumbers.npa(tn), 1, Integer::sum);
                          PhoneNumbers.digits(tn);
                      }
                      return byNpa;
                  }
                  String label(String tn) {
                      return PhoneNumbers.npa(tn);
                  }
              }
              """.formatted(api("handing the number to isNational(..), which checks it for 10 digits,"),
              api("handing the number to npa(..), which takes the area code as its first 3 digits,"))
          )
        );
    }

    //language=java
    static final String REPORT_LINE = """
      package com.acme.reports;
      /** One line of the Dashboard disconnect report (CSV). */
      public record DisconnectLine(long telephoneNumber, int areaCode, String orderId) {
      }
      """;

    //language=java
    static final String REPORT_MAPPER = """
      package com.acme.reports;
      import org.springframework.batch.item.file.mapping.FieldSetMapper;
      import org.springframework.batch.item.file.transform.FieldSet;
      /** Maps the columns of the disconnect report: TelephoneNumber, AreaCode, OrderId. */
      public class DisconnectLineMapper implements FieldSetMapper<DisconnectLine> {
          @Override
          public DisconnectLine mapFieldSet(FieldSet fieldSet) {
              return new DisconnectLine(fieldSet.readLong("TelephoneNumber"), fieldSet.readInt("AreaCode"), fieldSet.readString("OrderId"));
          }
      }
      """;

    //language=java
    static final String OWN_FILE_MAPPER = """
      package com.acme.rates;
      import org.springframework.batch.item.file.mapping.FieldSetMapper;
      import org.springframework.batch.item.file.transform.FieldSet;
      /** Reads our own rate-center file. */
      public class RateCenterMapper implements FieldSetMapper<long[]> {
          @Override
          public long[] mapFieldSet(FieldSet fieldSet) {
              return new long[] {fieldSet.readLong("TelephoneNumber"), fieldSet.readInt("AreaCode")};
          }
      }
      """;

    /**
     * A Spring Batch mapper of a Dashboard report's lines (a disconnect report) that reads the number column as a long,
     * and the model of those lines holding it as one: report numbers. A mapper of the customer's own file, and a model
     * whose comment says what "the Dashboard reports" (the verb), are left alone.
     */
    @Test
    void batchMapperOfADashboardReport() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("spring-batch-infrastructure")),
          java(REPORT_LINE, REPORT_LINE.replace("(long telephoneNumber", "(" + callback("this number type") + "long telephoneNumber")),
          java(REPORT_MAPPER, REPORT_MAPPER.replace("(fieldSet.readLong", "(" + callback("reading the number as a long") + "fieldSet.readLong")),
          java(OWN_FILE_MAPPER),
          java(
            """
              package com.acme.store;
              /** One number of our inventory, as kept in tn_inventory: the number as the Dashboard reports it. */
              public record InventoryRow(long tn, String status) {
              }
              """
          )
        );
    }

    /**
     * A processor of the rows of a Dashboard report, known by the model it takes ({@code process(DisconnectLine item)},
     * whose class comment names the report): its store lookups by the row's number are the report's 10-digit numbers.
     * A processor of the project's own rows is not.
     */
    @Test
    void processorTakingAModelOfADashboardReport() {
        String processor = """
          package com.acme.reports;
          import java.util.Map;
          class %sProcessor {
              Map<String, String> ownersByTn;
              String process(%s item) {
                  String tn = Long.toString(item.telephoneNumber());
                  return %sownersByTn.get(tn);
              }
          }
          """;
        rewriteRun(
          java(REPORT_LINE, REPORT_LINE.replace("(long telephoneNumber", "(" + callback("this number type") + "long telephoneNumber")),
          java(
            """
              package com.acme.reports;
              /** One number of our porting backlog (our own CSV export). */
              public record BacklogLine(long telephoneNumber, String orderId) {
              }
              """
          ),
          java(processor.formatted("Disconnect", "DisconnectLine", ""),
            processor.formatted("Disconnect", "DisconnectLine", callback("this lookup of a report number in a store keyed by 10-digit numbers"))),
          java(processor.formatted("Backlog", "BacklogLine", ""))
        );
    }

    /**
     * A CSV bean of a report whose quoted title sits inside the sentence ({@code A row of the Dashboard "Telephone
     * Number Inventory" report}): its number held as a {@code long} is flagged; its site id is not a number.
     */
    @Test
    void numericNumberOfAReportBeanDocumentedWithTheReportsQuotedTitle() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          java(
            """
              package com.acme.reports;
              import com.opencsv.bean.CsvBindByName;
              /** A row of the Dashboard "Telephone Number Inventory" report. */
              public class TnReportRow {
                  @CsvBindByName(column = "Telephone Number", required = true)
                  private long telephoneNumber;
                  @CsvBindByName(column = "Site Id")
                  private long siteId;
              }
              """,
            """
              package com.acme.reports;
              import com.opencsv.bean.CsvBindByName;
              /** A row of the Dashboard "Telephone Number Inventory" report. */
              public class TnReportRow {
                  @CsvBindByName(column = "Telephone Number", required = true)
                  private %slong telephoneNumber;
                  @CsvBindByName(column = "Site Id")
                  private long siteId;
              }
              """.formatted(callback("this number type"))
          )
        );
    }

    /**
     * A list of a report's rows, the model documented with the report's quoted title ({@code the Dashboard "Iris
     * Telephone Number Inventory Report" CSV}): a method holding one reads the report, and looks its numbers up by 10
     * digits.
     */
    @Test
    void listOfRowsOfAReportNamedInQuotes() {
        rewriteRun(
          java(
            """
              package com.acme.dto;
              /**
               * One line of the Dashboard "Iris Telephone Number Inventory Report" CSV.
               */
              public record InventoryRow(String telephoneNumber, String status) {
              }
              """
          ),
          java(
            """
              package com.acme.jobs;
              import com.acme.dto.InventoryRow;
              import java.util.List;
              import java.util.Set;
              class ReportJob {
                  Set<String> store;
                  long missing(List<InventoryRow> rows) {
                      return rows.stream().filter(row -> !store.contains(row.telephoneNumber())).count();
                  }
              }
              """,
            """
              package com.acme.jobs;
              import com.acme.dto.InventoryRow;
              import java.util.List;
              import java.util.Set;
              class ReportJob {
                  Set<String> store;
                  long missing(List<InventoryRow> rows) {
                      return rows.stream().filter(row -> !%sstore.contains(row.telephoneNumber())).count();
                  }
              }
              """.formatted(callback("this lookup of a report number in a store keyed by 10-digit numbers"))
          )
        );
    }

    /**
     * A local given a number the SDK answered, whatever its name ({@code String first = completed.get(0).getFullNumber()}
     * of a {@code List<TelephoneNumber>}, {@code String n = tn.getFullNumber()}): its first three digits are not the
     * area code in E.164. The same name holding something else in another method is not a number.
     */
    @Test
    void localGivenASdkAnswersNumber() {
        rewriteRun(
          java(
            """
              import com.bandwidth.iris.sdk.model.OrderResponse;
              import com.bandwidth.iris.sdk.model.TelephoneNumber;
              import java.util.List;
              class Orders {
                  int primaryAreaCode(OrderResponse response) {
                      List<TelephoneNumber> completed = response.getTelephoneNumbers();
                      String first = completed.get(0).getFullNumber();
                      return Integer.parseInt(first.substring(0, 3));
                  }
                  String pretty(TelephoneNumber tn) {
                      String n = tn.getFullNumber();
                      return "(" + n.substring(0, 3) + ")";
                  }
                  String prefix(String name) {
                      String first = name.trim();
                      return first.substring(0, 3);
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.model.OrderResponse;
              import com.bandwidth.iris.sdk.model.TelephoneNumber;
              import java.util.List;
              class Orders {
                  int primaryAreaCode(OrderResponse response) {
                      List<TelephoneNumber> completed = response.getTelephoneNumbers();
                      String first = completed.get(0).getFullNumber();
                      return Integer.parseInt(%sfirst.substring(0, 3));
                  }
                  String pretty(TelephoneNumber tn) {
                      String n = tn.getFullNumber();
                      return "(" + %sn.substring(0, 3) + ")";
                  }
                  String prefix(String name) {
                      String first = name.trim();
                      return first.substring(0, 3);
                  }
              }
              """.formatted(api("taking the area code as its first 3 digits"), api("taking the area code as its first 3 digits"))
          )
        );
    }

    /**
     * An entity of the project's own whose number field code talking to the Dashboard gives a number it parsed: the
     * field's type is flagged in its own file, which names no API. The same entity filled by other code is not.
     */
    @Test
    void entityFieldGivenAParsedNumberByDashboardCode() {
        rewriteRun(
          java(FED_ENTITY, FED_ENTITY.replace("private long", "private " + api("this number type") + "long")),
          java(FEEDING_SYNC, FEEDING_SYNC.replace("row.setTelephoneNumber(Long", "row.setTelephoneNumber(" + api("parsing the number as a Long") + "Long")),
          java(
            """
              package com.acme.data;
              public class Contact {
                  private long phoneNumber;
                  public void setPhoneNumber(long phoneNumber) { this.phoneNumber = phoneNumber; }
              }
              """
          ),
          java(
            """
              package com.acme.web;
              import com.acme.data.Contact;
              class ContactForm {
                  Contact contact(String phone) {
                      Contact c = new Contact();
                      c.setPhoneNumber(Long.parseLong(phone));
                      return c;
                  }
              }
              """
          )
        );
    }

    /**
     * A class of the project's own store whose method is documented as storing what the Dashboard answered ("the
     * snapshot pulled from inserviceNumbers") parses those numbers: flagged. A store whose methods name no Dashboard
     * answer is not read.
     */
    @Test
    void methodDocumentedAsHandlingADashboardAnswer() {
        rewriteRun(
          java(
            """
              import java.util.List;
              class NumberInventoryStore {
                  /** Stores the snapshot pulled from inserviceNumbers; numbers are kept as BIGINT to save space. */
                  @Deprecated
                  public void storeSnapshot(String day, List<String> inserviceTns) {
                      for (String tn : inserviceTns) {
                          save(day, Long.parseLong(tn));
                      }
                  }
                  void save(String day, long tn) {
                  }
              }
              """,
            """
              import java.util.List;
              class NumberInventoryStore {
                  /** Stores the snapshot pulled from inserviceNumbers; numbers are kept as BIGINT to save space. */
                  @Deprecated
                  public void storeSnapshot(String day, List<String> inserviceTns) {
                      for (String tn : inserviceTns) {
                          save(day, %sLong.parseLong(tn));
                      }
                  }
                  void save(String day, long tn) {
                  }
              }
              """.formatted(api("parsing the number as a Long"))
          ),
          java(
            """
              class NumberRecord {
                  Integer areaCode;
                  /** Builds the row for a number the Dashboard reported as completed on an order. */
                  static NumberRecord fromCompletedOrder(String tn) {
                      NumberRecord r = new NumberRecord();
                      r.areaCode = Integer.valueOf(tn.substring(0, 3));
                      return r;
                  }
              }
              """,
            """
              class NumberRecord {
                  Integer areaCode;
                  /** Builds the row for a number the Dashboard reported as completed on an order. */
                  static NumberRecord fromCompletedOrder(String tn) {
                      NumberRecord r = new NumberRecord();
                      r.areaCode = Integer.valueOf(%stn.substring(0, 3));
                      return r;
                  }
              }
              """.formatted(api("taking the area code as its first 3 digits"))
          ),
          java(
            """
              import java.util.List;
              class ContactStore {
                  /** Stores the phone book the CRM exported. */
                  public void store(List<String> phones) {
                      for (String tn : phones) {
                          save(Long.parseLong(tn));
                      }
                  }
                  void save(long tn) {
                  }
              }
              """
          )
        );
    }

    /**
     * A numeric field named for a number is flagged in a class that reads Dashboard answers; one named for the id of a
     * number's record ({@code tnId}, {@code telephone_number_id}) is a database key, not the number.
     */
    @Test
    void idOfANumbersRecordIsNoNumber() {
        rewriteRun(
          java(
            """
              class InventoryRow {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/inserviceNumbers";
                  long tn;
                  Long tnId;
                  long telephone_number_id;
              }
              """,
            """
              class InventoryRow {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/inserviceNumbers";
                  %slong tn;
                  Long tnId;
                  long telephone_number_id;
              }
              """.formatted(api("this number type"))
          )
        );
    }

    /**
     * The texts a Dashboard client of the project answered ({@code List<String> candidates = search.available(..)}),
     * filtered in a stream by their length: the lambda's parameter holds a number whatever it is called. The same
     * filter over texts of the project's own store is not.
     */
    @Test
    void streamOverTextsADashboardClientAnswered() {
        rewriteRun(
          java(
            """
              package com.acme.dashboard;
              import java.util.List;
              public class NumberSearch {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/availableNumbers";
                  public List<String> available(String areaCode, int quantity) {
                      return List.of();
                  }
              }
              """
          ),
          java(
            """
              package com.acme.service;
              import com.acme.dashboard.NumberSearch;
              import java.util.List;
              class Provisioning {
                  NumberSearch search;
                  Store store;
                  String pick(String areaCode) {
                      List<String> candidates = search.available(areaCode, 3);
                      return candidates.stream().filter(c -> c.length() == 10).findFirst().orElseThrow();
                  }
                  String code(String customer) {
                      List<String> codes = store.codes(customer);
                      return codes.stream().filter(c -> c.length() == 10).findFirst().orElseThrow();
                  }
                  interface Store {
                      List<String> codes(String customer);
                  }
              }
              """,
            """
              package com.acme.service;
              import com.acme.dashboard.NumberSearch;
              import java.util.List;
              class Provisioning {
                  NumberSearch search;
                  Store store;
                  String pick(String areaCode) {
                      List<String> candidates = search.available(areaCode, 3);
                      return candidates.stream().filter(c -> %sc.length() == 10).findFirst().orElseThrow();
                  }
                  String code(String customer) {
                      List<String> codes = store.codes(customer);
                      return codes.stream().filter(c -> c.length() == 10).findFirst().orElseThrow();
                  }
                  interface Store {
                      List<String> codes(String customer);
                  }
              }
              """.formatted(api("this length check"))
          )
        );
    }

    /**
     * A method of the class handed each number a Dashboard client answered by a method reference
     * ({@code inventory(ac).concatMap(this::upsert)}): its parameter holds a number the client answered, so its lookup
     * in the project's store of 10-digit numbers is flagged. Not a method handed the project's own codes.
     */
    @Test
    void methodReferenceHandedWhatADashboardClientAnswered() {
        rewriteRun(
          java(
            """
              package com.acme.dashboard;
              import java.util.List;
              public class InserviceClient {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/inserviceNumbers";
                  public List<String> inventory(String areaCode) {
                      return List.of();
                  }
              }
              """
          ),
          java(
            """
              package com.acme.sync;
              import com.acme.dashboard.InserviceClient;
              import java.util.List;
              import java.util.Optional;
              class InventorySync {
                  InserviceClient inservice;
                  Repo repository;
                  long sync(String areaCode) {
                      return inservice.inventory(areaCode).stream().map(this::upsert).count();
                  }
                  long own(List<String> codes) {
                      return codes.stream().map(this::store).count();
                  }
                  private String upsert(String tn) {
                      return repository.findByTn(tn).orElse(tn);
                  }
                  private String store(String tn) {
                      return repository.findByTn(tn).orElse(tn);
                  }
                  interface Repo { Optional<String> findByTn(String tn); }
              }
              """,
            """
              package com.acme.sync;
              import com.acme.dashboard.InserviceClient;
              import java.util.List;
              import java.util.Optional;
              class InventorySync {
                  InserviceClient inservice;
                  Repo repository;
                  long sync(String areaCode) {
                      return inservice.inventory(areaCode).stream().map(this::upsert).count();
                  }
                  long own(List<String> codes) {
                      return codes.stream().map(this::store).count();
                  }
                  private String upsert(String tn) {
                      return %srepository.findByTn(tn).orElse(tn);
                  }
                  private String store(String tn) {
                      return repository.findByTn(tn).orElse(tn);
                  }
                  interface Repo { Optional<String> findByTn(String tn); }
              }
              """.formatted(api("this lookup of an API response's number in a store keyed by 10-digit numbers"))
          )
        );
    }

    /**
     * Numbers a Dashboard client of the project answered, streamed straight from the call and sorted or mapped as
     * longs ({@code search.available(ac, 10).stream().sorted(Comparator.comparingLong(Long::parseLong))}): the parse is
     * flagged. The same over the project's own codes is not.
     */
    @Test
    void answeredTextsSortedOrMappedAsLongs() {
        rewriteRun(
          java(
            """
              package com.acme.dashboard;
              import java.util.List;
              public class NumberSearch {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/availableNumbers";
                  public List<String> available(String areaCode, int quantity) {
                      return List.of();
                  }
              }
              """
          ),
          java(
            """
              package com.acme.web;
              import com.acme.dashboard.NumberSearch;
              import java.util.Comparator;
              import java.util.List;
              class SearchHandler {
                  NumberSearch search;
                  Store store;
                  List<String> sorted(String areaCode) {
                      return search.available(areaCode, 10).stream().sorted(Comparator.comparingLong(Long::parseLong)).toList();
                  }
                  List<Long> parsed(String areaCode) {
                      return search.available(areaCode, 10).stream().map(Long::parseLong).toList();
                  }
                  List<String> codes(String customer) {
                      return store.codes(customer).stream().sorted(Comparator.comparingLong(Long::parseLong)).toList();
                  }
                  interface Store {
                      List<String> codes(String customer);
                  }
              }
              """,
            """
              package com.acme.web;
              import com.acme.dashboard.NumberSearch;
              import java.util.Comparator;
              import java.util.List;
              class SearchHandler {
                  NumberSearch search;
                  Store store;
                  List<String> sorted(String areaCode) {
                      return search.available(areaCode, 10).stream().sorted(Comparator.comparingLong(%sLong::parseLong)).toList();
                  }
                  List<Long> parsed(String areaCode) {
                      return search.available(areaCode, 10).stream().map(%sLong::parseLong).toList();
                  }
                  List<String> codes(String customer) {
                      return store.codes(customer).stream().sorted(Comparator.comparingLong(Long::parseLong)).toList();
                  }
                  interface Store {
                      List<String> codes(String customer);
                  }
              }
              """.formatted(api("parsing the number as a Long"), api("parsing the number as a Long"))
          )
        );
    }

    /**
     * A number a Dashboard client answered, looked up in a local copy of the project's store
     * ({@code Set<String> local = new HashSet<>(numbers.inServiceTns(npa))} of a repository): flagged like a lookup in
     * the store itself. A local copy of another client's answer is no store.
     */
    @Test
    void answeredNumberLookedUpInALocalCopyOfTheStore() {
        rewriteRun(
          java(
            """
              package com.acme.dashboard;
              import java.util.List;
              public class InventoryClient {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/inserviceNumbers";
                  public List<String> inService(String areaCode) {
                      return List.of();
                  }
              }
              """
          ),
          java(
            """
              package com.acme.jobs;
              import com.acme.dashboard.InventoryClient;
              import java.util.HashSet;
              import java.util.List;
              import java.util.Set;
              class Reconcile {
                  InventoryClient inventory;
                  PhoneNumberRepository numbers;
                  CrmClient crm;
                  int missing(String areaCode) {
                      Set<String> local = new HashSet<>(numbers.inServiceTns(areaCode));
                      int added = 0;
                      for (String tn : inventory.inService(areaCode)) {
                          if (!local.remove(tn)) {
                              added++;
                          }
                      }
                      return added;
                  }
                  int unknown(String areaCode) {
                      Set<String> known = new HashSet<>(crm.lines(areaCode));
                      int count = 0;
                      for (String tn : inventory.inService(areaCode)) {
                          if (!known.contains(tn)) {
                              count++;
                          }
                      }
                      return count;
                  }
                  interface PhoneNumberRepository { List<String> inServiceTns(String areaCode); }
                  interface CrmClient { List<String> lines(String areaCode); }
              }
              """,
            """
              package com.acme.jobs;
              import com.acme.dashboard.InventoryClient;
              import java.util.HashSet;
              import java.util.List;
              import java.util.Set;
              class Reconcile {
                  InventoryClient inventory;
                  PhoneNumberRepository numbers;
                  CrmClient crm;
                  int missing(String areaCode) {
                      Set<String> local = new HashSet<>(numbers.inServiceTns(areaCode));
                      int added = 0;
                      for (String tn : inventory.inService(areaCode)) {
                          if (!%slocal.remove(tn)) {
                              added++;
                          }
                      }
                      return added;
                  }
                  int unknown(String areaCode) {
                      Set<String> known = new HashSet<>(crm.lines(areaCode));
                      int count = 0;
                      for (String tn : inventory.inService(areaCode)) {
                          if (!known.contains(tn)) {
                              count++;
                          }
                      }
                      return count;
                  }
                  interface PhoneNumberRepository { List<String> inServiceTns(String areaCode); }
                  interface CrmClient { List<String> lines(String areaCode); }
              }
              """.formatted(api("this lookup of an API response's number in a store keyed by 10-digit numbers"))
          )
        );
    }

    /**
     * A method given a Dashboard client's response model as a parameter ({@code noteOverlays(OrderResponse response)},
     * the model declared by the client or returned by a client method the class calls): the numbers read out of it are
     * the API's, in a class that does not talk to the Dashboard itself. The same loop over a CRM's result is not.
     */
    @Test
    void numbersOfAResponseModelHandedToAMethod() {
        rewriteRun(
          java(
            """
              package com.acme.dashboard;
              import java.util.List;
              public class OrderClient {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/orders";
                  public static class OrderResponse {
                      public List<String> telephoneNumbers;
                  }
              }
              """
          ),
          java(
            """
              package com.acme.crm;
              import java.util.List;
              public class CrmResult {
                  public List<String> telephoneNumbers;
              }
              """
          ),
          java(
            """
              package com.acme.dashboard.xml;
              import java.util.List;
              public class PortStatus {
                  public List<String> telephoneNumbers;
              }
              """
          ),
          java(
            """
              package com.acme.dashboard;
              import com.acme.dashboard.xml.PortStatus;
              public class PortClient {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/portins";
                  public PortStatus status(String id) {
                      return new PortStatus();
                  }
              }
              """
          ),
          java(
            """
              package com.acme.handlers;
              import com.acme.dashboard.PortClient;
              import com.acme.dashboard.xml.PortStatus;
              class PortHandler {
                  PortClient ports;
                  java.util.Set<String> areaCodes = new java.util.HashSet<>();
                  void handle(String id) {
                      note(ports.status(id));
                  }
                  private void note(PortStatus status) {
                      for (String tn : status.telephoneNumbers) {
                          areaCodes.add(tn.substring(0, 3));
                      }
                  }
              }
              """,
            """
              package com.acme.handlers;
              import com.acme.dashboard.PortClient;
              import com.acme.dashboard.xml.PortStatus;
              class PortHandler {
                  PortClient ports;
                  java.util.Set<String> areaCodes = new java.util.HashSet<>();
                  void handle(String id) {
                      note(ports.status(id));
                  }
                  private void note(PortStatus status) {
                      for (String tn : status.telephoneNumbers) {
                          areaCodes.add(%stn.substring(0, 3));
                      }
                  }
              }
              """.formatted(api("taking the area code as its first 3 digits"))
          ),
          java(
            """
              package com.acme.handlers;
              import com.acme.crm.CrmResult;
              import com.acme.dashboard.OrderClient;
              class Overlays {
                  int overlays(OrderClient.OrderResponse response) {
                      int n = 0;
                      for (String tn : response.telephoneNumbers) {
                          if (tn.substring(0, 3).equals("919")) {
                              n++;
                          }
                      }
                      return n;
                  }
                  int crm(CrmResult result) {
                      int n = 0;
                      for (String tn : result.telephoneNumbers) {
                          if (tn.substring(0, 3).equals("919")) {
                              n++;
                          }
                      }
                      return n;
                  }
              }
              """,
            """
              package com.acme.handlers;
              import com.acme.crm.CrmResult;
              import com.acme.dashboard.OrderClient;
              class Overlays {
                  int overlays(OrderClient.OrderResponse response) {
                      int n = 0;
                      for (String tn : response.telephoneNumbers) {
                          if (%stn.substring(0, 3).equals("919")) {
                              n++;
                          }
                      }
                      return n;
                  }
                  int crm(CrmResult result) {
                      int n = 0;
                      for (String tn : result.telephoneNumbers) {
                          if (tn.substring(0, 3).equals("919")) {
                              n++;
                          }
                      }
                      return n;
                  }
              }
              """.formatted(api("taking the area code as its first 3 digits"))
          )
        );
    }

    /**
     * The exchange taken at fixed offsets of numbers a Dashboard answer gave ({@code tn.substring(3, 6)} as a grouping
     * key or map key) is flagged; in a display format beside the same number's area code, only the area code is.
     */
    @Test
    void exchangeTakenAtFixedOffsets() {
        rewriteRun(
          java(
            """
              import java.util.*;
              import java.util.stream.Collectors;
              class ExchangeAudit {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/inserviceNumbers";
                  List<String> inService(String areaCode) {
                      return List.of();
                  }
                  Map<String, Long> histogram(String areaCode) {
                      return inService(areaCode).stream()
                          .collect(Collectors.groupingBy(tn -> tn.substring(3, 6), Collectors.counting()));
                  }
                  String display(String tn) {
                      return String.format("(%s) %s-%s", tn.substring(0, 3), tn.substring(3, 6), tn.substring(6));
                  }
              }
              """,
            """
              import java.util.*;
              import java.util.stream.Collectors;
              class ExchangeAudit {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/inserviceNumbers";
                  List<String> inService(String areaCode) {
                      return List.of();
                  }
                  Map<String, Long> histogram(String areaCode) {
                      return inService(areaCode).stream()
                          .collect(Collectors.groupingBy(tn -> %stn.substring(3, 6), Collectors.counting()));
                  }
                  String display(String tn) {
                      return String.format("(%%s) %%s-%%s", %stn.substring(0, 3), tn.substring(3, 6), tn.substring(6));
                  }
              }
              """.formatted(api("taking the exchange (NXX) as its digits 4 to 6"), api("taking the area code as its first 3 digits"))
          )
        );
    }

    /**
     * A record component whose name says nothing ({@code long number}) is given a telephone number parsed by the
     * record's own factory for Dashboard answers: its numeric type is flagged; a record given a parsed order id is not.
     */
    @Test
    void fieldOfAnyNameGivenAParsedTelephoneNumber() {
        rewriteRun(
          java(
            """
              package com.acme.inventory;
              public record TelephoneNumberRecord(long number, String status) {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/inserviceNumbers";
                  public static TelephoneNumberRecord fromDashboard(String tn, String status) {
                      return new TelephoneNumberRecord(Long.parseLong(tn), status);
                  }
              }
              """,
            """
              package com.acme.inventory;
              public record TelephoneNumberRecord(%slong number, String status) {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/inserviceNumbers";
                  public static TelephoneNumberRecord fromDashboard(String tn, String status) {
                      return new TelephoneNumberRecord(%sLong.parseLong(tn), status);
                  }
              }
              """.formatted(api("this number type"), api("parsing the number as a Long"))
          ),
          java(
            """
              package com.acme.inventory;
              public record OrderRecord(long number, String status) {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/orders";
                  public static OrderRecord fromDashboard(String orderId, String status) {
                      return new OrderRecord(Long.parseLong(orderId), status);
                  }
              }
              """
          )
        );
    }

    /**
     * The same record in a file that names no Dashboard URL but documents what it holds as the Dashboard's answer:
     * the component its own factory gives the parsed number is flagged. An undocumented record of the same shape is
     * not (its numbers may be the customer's own).
     */
    @Test
    void fieldGivenAParsedNumberInARecordDocumentedAsHoldingDashboardAnswers() {
        rewriteRun(
          java(
            """
              package com.acme.inventory;
              /** One number of our inventory. {@code number} is the national number as the Dashboard returns it in inserviceNumbers. */
              public record TelephoneNumberRecord(long number, String status) {
                  public static TelephoneNumberRecord fromDashboard(String tn, String status) {
                      return new TelephoneNumberRecord(Long.parseLong(tn), status);
                  }
              }
              """,
            """
              package com.acme.inventory;
              /** One number of our inventory. {@code number} is the national number as the Dashboard returns it in inserviceNumbers. */
              public record TelephoneNumberRecord(%slong number, String status) {
                  public static TelephoneNumberRecord fromDashboard(String tn, String status) {
                      return new TelephoneNumberRecord(%sLong.parseLong(tn), status);
                  }
              }
              """.formatted(api("this number type"), api("parsing the number as a Long"))
          ),
          java(
            """
              package com.acme.crm;
              /** A customer's contact line. */
              public record ContactLine(long number, String status) {
                  public static ContactLine of(String tn, String status) {
                      return new ContactLine(Long.parseLong(tn), status);
                  }
              }
              """
          )
        );
    }

    @DocumentExample
    /**
     * A number read from a Dashboard answer by its element's or key's name ({@code firstText(doc, "FullNumber")}, an
     * XPath, a JSON path) and parsed as a number, through a method reference on the Optional or directly. Another
     * element of the same answer parsed as a number (an order id) is left alone.
     */
    @Test
    void numberReadByItsElementNameAndParsed() {
        rewriteRun(
          //language=java
          java(
            """
              import java.util.Optional;
              import javax.xml.xpath.XPath;
              import org.w3c.dom.Document;
              class TnDetailsClient {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  XPath xpath;
                  Optional<Long> billingKey(String tn) throws Exception {
                      return firstText(details(tn), "FullNumber").map(Long::valueOf);
                  }
                  long viaXPath(Document doc) throws Exception {
                      return Long.parseLong(xpath.evaluate("//TnDetails/FullNumber", doc));
                  }
                  Optional<Long> orderKey(String tn) throws Exception {
                      return firstText(details(tn), "OrderId").map(Long::valueOf);
                  }
                  Document details(String tn) {
                      return get(BASE + "/tns/" + tn + "/tndetails");
                  }
                  static Optional<String> firstText(Document doc, String element) {
                      return Optional.empty();
                  }
                  Document get(String url) {
                      return null;
                  }
              }
              """,
            """
              import java.util.Optional;
              import javax.xml.xpath.XPath;
              import org.w3c.dom.Document;
              class TnDetailsClient {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2";
                  XPath xpath;
                  Optional<Long> billingKey(String tn) throws Exception {
                      return firstText(details(tn), "FullNumber").map(%sLong::valueOf);
                  }
                  long viaXPath(Document doc) throws Exception {
                      return %sLong.parseLong(xpath.evaluate("//TnDetails/FullNumber", doc));
                  }
                  Optional<Long> orderKey(String tn) throws Exception {
                      return firstText(details(tn), "OrderId").map(Long::valueOf);
                  }
                  Document details(String tn) {
                      return get(BASE + "/tns/" + tn + "/tndetails");
                  }
                  static Optional<String> firstText(Document doc, String element) {
                      return Optional.empty();
                  }
                  Document get(String url) {
                      return null;
                  }
              }
              """.formatted(api("parsing the number as a Long"), api("parsing the number as a Long"))
          )
        );
    }

    @Test
    void sdkResponseAssumedTenDigits() {
        rewriteRun(
          java(SDK_CLIENT,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.TelephoneNumber;
              class InServiceNumbers {
                  IrisClient client;
                  String areaCodeOf(TelephoneNumber number) {
                      String tn = number.getFullNumber();
                      if (%stn.length() == 10) {
                          return %stn.substring(0, 3);
                      }
                      return null;
                  }
                  String exchangeOf(TelephoneNumber number) {
                      String tn = number.getFullNumber();
                      return %stn.substring(0, 6);
                  }
              }
              """.formatted(api("this length check"), api("taking the area code as its first 3 digits"),
                api("taking the NPA-NXX as its first 6 digits"))
          )
        );
    }

    @Test
    void rawHttpClientWithPrefixParseAndNumericField() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          java(
            """
              class NumberClient {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/tns/";
                  private long telephoneNumber;
                  @XmlElementWrapper(name = "TelephoneNumberList")
                  private java.util.List<Long> telephoneNumbers;
                  String dial(String tn) {
                      return "1" + tn;
                  }
                  String sipUser(String tn) {
                      return "sip:1" + tn + "@core.acme.example";
                  }
                  String version(String tn) {
                      return "v1" + tn;
                  }
                  long asNumber(String tn) {
                      return Long.parseLong(tn);
                  }
              }
              """,
            """
              class NumberClient {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/tns/";
                  private %slong telephoneNumber;
                  @XmlElementWrapper(name = "TelephoneNumberList")
                  private %sjava.util.List<Long> telephoneNumbers;
                  String dial(String tn) {
                      return %s"1" + tn;
                  }
                  String sipUser(String tn) {
                      return %s"sip:1" + tn + "@core.acme.example";
                  }
                  String version(String tn) {
                      return "v1" + tn;
                  }
                  long asNumber(String tn) {
                      return %sLong.parseLong(tn);
                  }
              }
              """.formatted(api("this number type"), api("this number type"), api("this country-code prefix"),
                api("this country-code prefix"),
                api("parsing the number as a Long"))
          )
        );
    }

    /**
     * A handler that receives the project's own model of the Dashboard's order notification (a record in another file
     * with a {@code completedTelephoneNumbers} field) handles callback numbers; a handler of another model does not.
     */
    @Test
    void handlerOfANotificationModelOfAnotherFile() {
        rewriteRun(
          java(
            """
              package com.acme.dashboard;
              import java.util.List;
              /** Body posted to our subscription callback URL. */
              public record NotificationPayload(String orderId, String status, List<String> completedTelephoneNumbers) {
                  public List<String> completed() { return completedTelephoneNumbers == null ? List.of() : completedTelephoneNumbers; }
              }
              """
          ),
          java(
            """
              package com.acme.crm;
              import java.util.List;
              public record SignupEvent(String customerId, List<String> phoneNumbers) {
              }
              """
          ),
          java(
            """
              package com.acme.callbacks;
              import com.acme.dashboard.NotificationPayload;
              class PortNotificationHandler {
                  void complete(NotificationPayload n) {
                      for (String tn : n.completed()) {
                          long dn = Long.parseLong(tn);
                          String npa = tn.substring(0, 3);
                      }
                  }
              }
              """,
            """
              package com.acme.callbacks;
              import com.acme.dashboard.NotificationPayload;
              class PortNotificationHandler {
                  void complete(NotificationPayload n) {
                      for (String tn : n.completed()) {
                          long dn = %sLong.parseLong(tn);
                          String npa = %stn.substring(0, 3);
                      }
                  }
              }
              """.formatted(callback("parsing the number as a Long"), callback("taking the area code as its first 3 digits"))
          ),
          java(
            """
              package com.acme.crm;
              class SignupHandler {
                  void handle(SignupEvent e) {
                      for (String tn : e.phoneNumbers()) {
                          long dn = Long.parseLong(tn);
                      }
                  }
              }
              """
          )
        );
    }

    /**
     * The same for a model documented as the body of a Dashboard notification callback, whatever its members are
     * named ({@code completedNumbers}): its handler's 10-digit assumptions are about callback numbers. An
     * undocumented model, and a class that only holds the handler, are not.
     */
    @Test
    void handlerOfAModelDocumentedAsADashboardCallback() {
        rewriteRun(
          java(
            """
              package com.acme.web;
              import java.util.List;
              /** Body of a Dashboard order / port-in notification callback. */
              public record Notification(String orderId, String status, List<String> completedNumbers) {
              }
              """
          ),
          java(
            """
              package com.acme.web;
              import java.util.List;
              public record Summary(String customerId, List<String> completedOrders, List<String> phoneNumbers) {
              }
              """
          ),
          java(
            """
              package com.acme.web;
              class OrderCallbackHandler {
                  void handle(Notification notification) {
                      for (String tn : notification.completedNumbers()) {
                          int areaCode = Integer.parseInt(tn.substring(0, 3));
                          String dial = "+1" + tn;
                      }
                  }
              }
              """,
            """
              package com.acme.web;
              class OrderCallbackHandler {
                  void handle(Notification notification) {
                      for (String tn : notification.completedNumbers()) {
                          int areaCode = Integer.parseInt(%stn.substring(0, 3));
                          String dial = %s"+1" + tn;
                      }
                  }
              }
              """.formatted(callback("taking the area code as its first 3 digits"), callback("this country-code prefix"))
          ),
          java(
            """
              package com.acme.web;
              class SummaryHandler {
                  private final OrderCallbackHandler orders = new OrderCallbackHandler();
                  void summary(Summary s) {
                      for (String tn : s.phoneNumbers()) {
                          String dial = "+1" + tn;
                      }
                  }
              }
              """
          )
        );
    }

    /** {@code .map(Long::parseLong)} on a stream of an order response's numbers; a stream of order ids is left alone. */
    @Test
    void parseAsLongInAStream() {
        rewriteRun(
          java(
            """
              import java.util.List;
              class OrderPoller {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/orders/";
                  record CompletedNumber(String fullNumber) {
                      String getFullNumber() { return fullNumber; }
                  }
                  List<Long> completed(List<CompletedNumber> completedNumbers) {
                      return completedNumbers.stream()
                          .map(CompletedNumber::getFullNumber)
                          .filter(n -> !n.isEmpty())
                          .map(Long::parseLong)
                          .toList();
                  }
                  List<Long> parsed(List<String> telephoneNumbers) {
                      return telephoneNumbers.stream().map(Long::valueOf).toList();
                  }
                  List<Long> orderIds(List<String> orderIds) {
                      return orderIds.stream().map(Long::parseLong).toList();
                  }
              }
              """,
            """
              import java.util.List;
              class OrderPoller {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/orders/";
                  record CompletedNumber(String fullNumber) {
                      String getFullNumber() { return fullNumber; }
                  }
                  List<Long> completed(List<CompletedNumber> completedNumbers) {
                      return completedNumbers.stream()
                          .map(CompletedNumber::getFullNumber)
                          .filter(n -> !n.isEmpty())
                          .map(%sLong::parseLong)
                          .toList();
                  }
                  List<Long> parsed(List<String> telephoneNumbers) {
                      return telephoneNumbers.stream().map(%sLong::valueOf).toList();
                  }
                  List<Long> orderIds(List<String> orderIds) {
                      return orderIds.stream().map(Long::parseLong).toList();
                  }
              }
              """.formatted(api("parsing the number as a Long"), api("parsing the number as a Long"))
          )
        );
    }

    @Test
    void patternsInAPayloadParser() {
        rewriteRun(
          java(
            """
              import java.util.ArrayList;
              import java.util.List;
              import java.util.regex.Pattern;
              import org.w3c.dom.Document;
              import org.w3c.dom.NodeList;
              class TnParser {
                  private static final Pattern TEN = Pattern.compile("\\\\d{10}");
                  private static final Pattern NANP = Pattern.compile("^[2-9]\\\\d{9}$");
                  private static final Pattern STRICT = Pattern.compile("[2-9][0-9]{2}[2-9][0-9]{6}");
                  private static final Pattern DISPLAY = Pattern.compile("\\\\(?\\\\d{3}\\\\)?[-. ]?\\\\d{3}[-. ]?\\\\d{4}");
                  private static final Pattern E164 = Pattern.compile("^\\\\+1[2-9]\\\\d{9}$");
                  private static final Pattern ZIP = Pattern.compile("\\\\d{5}-\\\\d{4}");
                  List<String> numbers(Document doc) {
                      NodeList nodes = doc.getElementsByTagName("TelephoneNumber");
                      List<String> out = new ArrayList<>();
                      for (int i = 0; i < nodes.getLength(); i++) {
                          String text = nodes.item(i).getTextContent();
                          if (text.matches("[0-9]{10}")) {
                              out.add(text);
                          }
                      }
                      return out;
                  }
              }
              """,
            """
              import java.util.ArrayList;
              import java.util.List;
              import java.util.regex.Pattern;
              import org.w3c.dom.Document;
              import org.w3c.dom.NodeList;
              class TnParser {
                  private static final Pattern TEN = Pattern.compile(%s"\\\\d{10}");
                  private static final Pattern NANP = Pattern.compile(%s"^[2-9]\\\\d{9}$");
                  private static final Pattern STRICT = Pattern.compile(%s"[2-9][0-9]{2}[2-9][0-9]{6}");
                  private static final Pattern DISPLAY = Pattern.compile(%s"\\\\(?\\\\d{3}\\\\)?[-. ]?\\\\d{3}[-. ]?\\\\d{4}");
                  private static final Pattern E164 = Pattern.compile("^\\\\+1[2-9]\\\\d{9}$");
                  private static final Pattern ZIP = Pattern.compile("\\\\d{5}-\\\\d{4}");
                  List<String> numbers(Document doc) {
                      NodeList nodes = doc.getElementsByTagName("TelephoneNumber");
                      List<String> out = new ArrayList<>();
                      for (int i = 0; i < nodes.getLength(); i++) {
                          String text = nodes.item(i).getTextContent();
                          if (text.matches(%s"[0-9]{10}")) {
                              out.add(text);
                          }
                      }
                      return out;
                  }
              }
              """.formatted(api("this pattern"), api("this pattern"), api("this pattern"), api("this pattern"),
                api("this pattern"))
          )
        );
    }

    /**
     * A class that reads the Dashboard's XML by regular expression, capturing the content of its number elements:
     * nothing else in it names the Dashboard, the capture says whose payload it reads.
     */
    @Test
    void patternsCapturingTheNumberElementsOfTheDashboardsXml() {
        rewriteRun(
          java(
            """
              import java.util.ArrayList;
              import java.util.List;
              import java.util.regex.Matcher;
              import java.util.regex.Pattern;
              final class LegacyTnParser {
                  private static final Pattern TN_ELEMENT = Pattern.compile("<TelephoneNumber>(\\\\d{10})</TelephoneNumber>");
                  private static final Pattern FULL_NUMBER = Pattern.compile("<FullNumber>([^<]+)</FullNumber>");
                  static List<String> telephoneNumbers(String responseXml) {
                      List<String> tns = new ArrayList<>();
                      Matcher m = TN_ELEMENT.matcher(responseXml);
                      while (m.find()) {
                          tns.add(m.group(1));
                      }
                      return tns;
                  }
                  static String areaCodeOfDetails(String tnDetailsXml) {
                      Matcher m = FULL_NUMBER.matcher(tnDetailsXml);
                      m.find();
                      String npa = m.group(1).substring(0, 3);
                      return npa;
                  }
              }
              """,
            """
              import java.util.ArrayList;
              import java.util.List;
              import java.util.regex.Matcher;
              import java.util.regex.Pattern;
              final class LegacyTnParser {
                  private static final Pattern TN_ELEMENT = Pattern.compile(%s"<TelephoneNumber>(\\\\d{10})</TelephoneNumber>");
                  private static final Pattern FULL_NUMBER = Pattern.compile("<FullNumber>([^<]+)</FullNumber>");
                  static List<String> telephoneNumbers(String responseXml) {
                      List<String> tns = new ArrayList<>();
                      Matcher m = TN_ELEMENT.matcher(responseXml);
                      while (m.find()) {
                          tns.add(m.group(1));
                      }
                      return tns;
                  }
                  static String areaCodeOfDetails(String tnDetailsXml) {
                      Matcher m = FULL_NUMBER.matcher(tnDetailsXml);
                      m.find();
                      String npa = %sm.group(1).substring(0, 3);
                      return npa;
                  }
              }
              """.formatted(api("this pattern"), api("taking the area code as its first 3 digits"))
          ),
          // writing the element is building a request: the desk's typed numbers are checked before they are sent
          java(
            """
              import java.util.ArrayList;
              import java.util.List;
              class PortInOrderBuilder {
                  private final List<String> numbers = new ArrayList<>();
                  PortInOrderBuilder number(String tn) {
                      if (tn.length() != 10) {
                          throw new IllegalArgumentException("port-in numbers must be 10 digits: " + tn);
                      }
                      numbers.add(tn);
                      return this;
                  }
                  String build() {
                      StringBuilder xml = new StringBuilder("<LnpOrder><ListOfPhoneNumbers>");
                      for (String tn : numbers) {
                          xml.append("<PhoneNumber>").append(tn).append("</PhoneNumber>");
                      }
                      return xml.append("</ListOfPhoneNumbers></LnpOrder>").toString();
                  }
                  String one(String tn) {
                      return "<TelephoneNumber>" + tn + "</TelephoneNumber>";
                  }
              }
              """
          )
        );
    }

    /**
     * A report read line by line, one number per line (no columns), in a class that names the Iris report: its
     * pattern (a field) and the area code taken in another method assume 10 digits. The same code reading the
     * customer's own list, naming no report, is left alone.
     */
    @Test
    void classHoldingAClientInterfaceThatAFactoryBuildsOnTheDashboard() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              package com.acme.iris;
              public interface InventoryApi {
                  @retrofit2.http.GET("accounts/{id}/inserviceNumbers")
                  retrofit2.Call<String> inservice(@retrofit2.http.Path("id") String id);
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              public interface CrmApi {
                  @retrofit2.http.GET("contacts")
                  retrofit2.Call<String> contacts();
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              final class ApiFactory {
                  static final String FALLBACK = "https://dashboard.bandwidth.com/api/v2/";
                  static InventoryApi create(String baseUrl) {
                      return new retrofit2.Retrofit.Builder().baseUrl(baseUrl).build().create(InventoryApi.class);
                  }
                  static InventoryApi fallback() {
                      return create(FALLBACK);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              final class CrmFactory {
                  static final String CRM = "https://crm.example.com/";
                  static CrmApi create(String baseUrl) {
                      return new retrofit2.Retrofit.Builder().baseUrl(baseUrl).build().create(CrmApi.class);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              class Reconciliation {
                  InventoryApi api;
                  boolean wellFormed(String tn) {
                      return tn.length() == 10;
                  }
              }
              """,
            """
              package com.acme.iris;
              class Reconciliation {
                  InventoryApi api;
                  boolean wellFormed(String tn) {
                      return %stn.length() == 10;
                  }
              }
              """.formatted(api("this length check"))
          ),
          //language=java
          java(
            """
              package com.acme.iris;
              class ContactCheck {
                  CrmApi api;
                  boolean wellFormed(String tn) {
                      return tn.length() == 10;
                  }
              }
              """
          )
        );
    }

    /**
     * Numbers captured from an answer by a pattern of a number element ({@code "<Tn>(\\d+)</Tn>"}) and parsed as a
     * {@code Long}: the parse assumes 10 digits. A group of another pattern is no number.
     */
    @Test
    void numberCapturedByAPatternOfANumberElementAndParsed() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import java.util.ArrayList;
              import java.util.List;
              import java.util.regex.Matcher;
              import java.util.regex.Pattern;
              class Portability {
                  static final String LNP = "https://dashboard.bandwidth.com/api/v2/accounts/1/lnpchecker";
                  private static final Pattern PORTABLE_TN = Pattern.compile("<Tn>(\\\\d+)</Tn>");
                  private static final Pattern ORDER_ID = Pattern.compile("<OrderId>(\\\\d+)</OrderId>");
                  static List<Long> portable(String xml) {
                      List<Long> out = new ArrayList<>();
                      Matcher m = PORTABLE_TN.matcher(xml);
                      while (m.find()) {
                          out.add(Long.valueOf(m.group(1)));
                      }
                      return out;
                  }
                  static long orderId(String xml) {
                      Matcher m = ORDER_ID.matcher(xml);
                      return m.find() ? Long.parseLong(m.group(1)) : 0L;
                  }
              }
              """,
            """
              import java.util.ArrayList;
              import java.util.List;
              import java.util.regex.Matcher;
              import java.util.regex.Pattern;
              class Portability {
                  static final String LNP = "https://dashboard.bandwidth.com/api/v2/accounts/1/lnpchecker";
                  private static final Pattern PORTABLE_TN = Pattern.compile("<Tn>(\\\\d+)</Tn>");
                  private static final Pattern ORDER_ID = Pattern.compile("<OrderId>(\\\\d+)</OrderId>");
                  static List<Long> portable(String xml) {
                      List<Long> out = new ArrayList<>();
                      Matcher m = PORTABLE_TN.matcher(xml);
                      while (m.find()) {
                          out.add(%sLong.valueOf(m.group(1)));
                      }
                      return out;
                  }
                  static long orderId(String xml) {
                      Matcher m = ORDER_ID.matcher(xml);
                      return m.find() ? Long.parseLong(m.group(1)) : 0L;
                  }
              }
              """.formatted(api("parsing the number as a Long"))
          )
        );
    }

    /**
     * A number read by its element's name from a Jackson tree a Dashboard client of the project answered
     * ({@code answer.path("PortableNumbers").path("Tn").asText()}), then parsed: the parse assumes 10 digits, whatever
     * the local is called. Another member of the same answer is no number.
     */
    @Test
    void numberReadFromATreeOfAnAnswerByItsElementName() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("jackson-databind", "jackson-core")),
          //language=java
          java(
            """
              package com.acme.iris;
              import com.fasterxml.jackson.databind.JsonNode;
              public class DashboardHttp {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1";
                  public JsonNode post(String path, String body) { return null; }
              }
              """
          ),
          //language=java
          java(
            """
              package com.acme.porting;
              import com.acme.iris.DashboardHttp;
              import com.fasterxml.jackson.databind.JsonNode;
              class LabCheck {
                  private final DashboardHttp http = new DashboardHttp();
                  boolean portable(String body) {
                      JsonNode answer = http.post("/lnpchecker?fullCheck=true", body);
                      String portable = answer.path("PortableNumbers").path("Tn").asText();
                      String carrier = answer.path("SupportedLosingCarriers").path("Name").asText();
                      return !portable.isEmpty() && Long.parseLong(portable) == 7045550193L && carrier.length() == 10;
                  }
              }
              """,
            """
              package com.acme.porting;
              import com.acme.iris.DashboardHttp;
              import com.fasterxml.jackson.databind.JsonNode;
              class LabCheck {
                  private final DashboardHttp http = new DashboardHttp();
                  boolean portable(String body) {
                      JsonNode answer = http.post("/lnpchecker?fullCheck=true", body);
                      String portable = answer.path("PortableNumbers").path("Tn").asText();
                      String carrier = answer.path("SupportedLosingCarriers").path("Name").asText();
                      return !portable.isEmpty() && %sLong.parseLong(portable) == 7045550193L && carrier.length() == 10;
                  }
              }
              """.formatted(api("parsing the number as a Long"))
          )
        );
    }

    /**
     * A response model's field bound to a number element by its mapping annotation, held as a number whatever it is
     * called ({@code @JacksonXmlProperty(localName = "Tn") List<Long> portableNumbers}); an id bound the same way stays.
     */
    @Test
    void numericFieldBoundToANumberElementByItsAnnotation() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("jackson-dataformat-xml", "jackson-annotations")),
          //language=java
          java(
            """
              import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
              import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
              import java.util.List;
              class Portability {
                  static final String LNP = "https://dashboard.bandwidth.com/api/v2/accounts/1/lnpchecker";
                  static class LnpCheckerResponse {
                      @JacksonXmlElementWrapper(localName = "PortableNumbers")
                      @JacksonXmlProperty(localName = "Tn")
                      List<Long> portableNumbers;
                      @JacksonXmlProperty(localName = "OrderId")
                      Long orderId;
                  }
              }
              """,
            """
              import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
              import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
              import java.util.List;
              class Portability {
                  static final String LNP = "https://dashboard.bandwidth.com/api/v2/accounts/1/lnpchecker";
                  static class LnpCheckerResponse {
                      @JacksonXmlElementWrapper(localName = "PortableNumbers")
                      @JacksonXmlProperty(localName = "Tn")
                      %sList<Long> portableNumbers;
                      @JacksonXmlProperty(localName = "OrderId")
                      Long orderId;
                  }
              }
              """.formatted(api("this number type"))
          )
        );
    }

    /** An E911 address's callback number is a telephone number: a length check on one the Dashboard lists assumes 10 digits. */
    @Test
    void callbackNumberOfAnAddressTheDashboardLists() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              class E911Sync {
                  static final String LIST = "https://dashboard.bandwidth.com/api/v2/accounts/1/e911Addresses";
                  record Address(String callbackNumber, String city) {
                      String getCallbackNumber() { return callbackNumber; }
                  }
                  boolean national(Address a) {
                      return a.getCallbackNumber() != null && a.getCallbackNumber().length() == 10;
                  }
              }
              """,
            """
              class E911Sync {
                  static final String LIST = "https://dashboard.bandwidth.com/api/v2/accounts/1/e911Addresses";
                  record Address(String callbackNumber, String city) {
                      String getCallbackNumber() { return callbackNumber; }
                  }
                  boolean national(Address a) {
                      return a.getCallbackNumber() != null && %sa.getCallbackNumber().length() == 10;
                  }
              }
              """.formatted(api("this length check"))
          )
        );
    }

    @Test
    void classesDocumentedAsHandlingTheDashboardsData() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              /**
               * Called once per TN of the hourly inserviceNumbers pull; keeps our inventory in step with what the
               * Dashboard says is in service.
               */
              class InventorySnapshot {
                  void process(String tn) {
                      long number = Long.parseLong(tn);
                      String npa = tn.substring(0, 3);
                  }
              }
              """,
            """
              /**
               * Called once per TN of the hourly inserviceNumbers pull; keeps our inventory in step with what the
               * Dashboard says is in service.
               */
              class InventorySnapshot {
                  void process(String tn) {
                      long number = %sLong.parseLong(tn);
                      String npa = %stn.substring(0, 3);
                  }
              }
              """.formatted(api("parsing the number as a Long"), api("taking the area code as its first 3 digits"))
          ),
          //language=java
          java(
            """
              /** One line of the Dashboard "Iris Telephone Number Inventory Report" CSV. */
              record InventoryReportRow(long telephoneNumber, String rateCenter) {
              }
              """,
            """
              /** One line of the Dashboard "Iris Telephone Number Inventory Report" CSV. */
              record InventoryReportRow(%slong telephoneNumber, String rateCenter) {
              }
              """.formatted(callback("this number type"))
          ),
          //language=java
          java(
            """
              /** Fallback inventory when the Dashboard's search has nothing in an area code (Twilio, then Telnyx). */
              class TwilioFallback {
                  void process(String tn) {
                      long number = Long.parseLong(tn);
                  }
              }
              """
          ),
          //language=java
          java(
            """
              /** Counts per area code for the sales dashboard. */
              class SalesDashboard {
                  void process(String tn) {
                      String npa = tn.substring(0, 3);
                  }
              }
              """
          )
        );
    }

    /** What the SDK's number search answers, held in a local (cast from its raw list): a list of numbers. */
    @Test
    void resultOfTheSdksNumberSearchFilteredByLength() {
        rewriteRun(
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.AvailableNumbers;
              import java.util.List;
              import java.util.Map;
              class Search {
                  IrisClient client;
                  @SuppressWarnings("unchecked")
                  List<String> byAreaCode(Map<String, Object> query, List<String> names) throws Exception {
                      List<String> found = (List<String>) AvailableNumbers.search(client, query);
                      names.removeIf(n -> n.length() == 10);
                      return found.stream().filter(n -> n.length() == 10).toList();
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.AvailableNumbers;
              import java.util.List;
              import java.util.Map;
              class Search {
                  IrisClient client;
                  @SuppressWarnings("unchecked")
                  List<String> byAreaCode(Map<String, Object> query, List<String> names) throws Exception {
                      List<String> found = (List<String>) AvailableNumbers.search(client, query);
                      names.removeIf(n -> n.length() == 10);
                      return found.stream().filter(n -> %sn.length() == 10).toList();
                  }
              }
              """.formatted(api("this length check"))
          )
        );
    }

    /**
     * In a class that talks to the Dashboard, what the customer's own endpoints receive (a path variable, a header, a
     * request body of their own) is their callers' input, not the Dashboard's; a number read from a response's JSON
     * node ({@code tn.asText()}) is the Dashboard's.
     */
    @Test
    void ownEndpointInputsAndAJsonNodesNumber() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              import java.util.ArrayList;
              import java.util.List;
              class NumberAdminController {
                  static final String DASHBOARD = "https://dashboard.bandwidth.com/api/v2/accounts/1/portins/";
                  @GetMapping("/inventory/{tn}")
                  boolean inventory(@PathVariable String tn) {
                      return tn.length() != 10;
                  }
                  @PostMapping("/porting/requests")
                  String portRequest(@RequestBody PortRequestDto request, @RequestHeader("X-Callback-Timestamp") String timestamp) {
                      if (!timestamp.matches("\\\\d{10}")) {
                          return null;
                      }
                      String btnAreaCode = request.getBillingTelephoneNumber().substring(0, 3);
                      return btnAreaCode;
                  }
                  List<Long> completed(JsonNode phoneNumbers) {
                      List<Long> numbers = new ArrayList<>();
                      for (JsonNode tn : phoneNumbers) {
                          numbers.add(Long.valueOf(tn.asText()));
                      }
                      return numbers;
                  }
              }
              """,
            """
              import java.util.ArrayList;
              import java.util.List;
              class NumberAdminController {
                  static final String DASHBOARD = "https://dashboard.bandwidth.com/api/v2/accounts/1/portins/";
                  @GetMapping("/inventory/{tn}")
                  boolean inventory(@PathVariable String tn) {
                      return tn.length() != 10;
                  }
                  @PostMapping("/porting/requests")
                  String portRequest(@RequestBody PortRequestDto request, @RequestHeader("X-Callback-Timestamp") String timestamp) {
                      if (!timestamp.matches("\\\\d{10}")) {
                          return null;
                      }
                      String btnAreaCode = request.getBillingTelephoneNumber().substring(0, 3);
                      return btnAreaCode;
                  }
                  List<Long> completed(JsonNode phoneNumbers) {
                      List<Long> numbers = new ArrayList<>();
                      for (JsonNode tn : phoneNumbers) {
                          numbers.add(%sLong.valueOf(tn.asText()));
                      }
                      return numbers;
                  }
              }
              """.formatted(api("parsing the number as a Long"))
          )
        );
    }

    /**
     * In a class that talks to the Dashboard, what a request to the customer's own SparkJava route carries outside its
     * body ({@code req.params(":tn")}, {@code req.queryParams("tn")}, also through a local) is their callers' input;
     * a number the class is handed otherwise is still read as the Dashboard's.
     */
    @Test
    void ownRouteInputsOfAWebFrameworksRequest() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("spark-core")),
          //language=java
          java(
            """
              import spark.Request;
              import spark.Response;
              class PortRoutes {
                  static final String DASHBOARD = "https://dashboard.bandwidth.com/api/v2/accounts/1/portins/";
                  Object numberInfo(Request req, Response res) {
                      String tn = req.params(":tn");
                      if (tn.length() != 10) {
                          res.status(400);
                      }
                      return req.queryParams("telephoneNumber").length() == 10;
                  }
                  boolean portable(String telephoneNumber) {
                      return telephoneNumber.length() == 10;
                  }
              }
              """,
            """
              import spark.Request;
              import spark.Response;
              class PortRoutes {
                  static final String DASHBOARD = "https://dashboard.bandwidth.com/api/v2/accounts/1/portins/";
                  Object numberInfo(Request req, Response res) {
                      String tn = req.params(":tn");
                      if (tn.length() != 10) {
                          res.status(400);
                      }
                      return req.queryParams("telephoneNumber").length() == 10;
                  }
                  boolean portable(String telephoneNumber) {
                      return %stelephoneNumber.length() == 10;
                  }
              }
              """.formatted(api("this length check"))
          )
        );
    }

    /**
     * Numbers the SDK answered (an import order's numbers, the in-service list), looked up in the project's store of
     * 10-digit numbers. The numbers of an order the code is about to send, looked up the same way, are its own.
     */
    @Test
    void sdkAnswersLookedUpInTheProjectsStore() {
        rewriteRun(
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.ImportTnOrder;
              import com.bandwidth.iris.sdk.model.InserviceNumber;
              import com.bandwidth.iris.sdk.model.TNss;
              import com.bandwidth.iris.sdk.model.TelephoneNumber;
              import java.util.List;
              import java.util.Map;
              import java.util.Optional;
              class ImportOrderPolling {
                  IrisClient client;
                  TnInventory inventory;
                  void poll(String id) throws Exception {
                      ImportTnOrder order = ImportTnOrder.Get(client, id);
                      for (TelephoneNumber number : order.getTelephoneNumberList()) {
                          String tn = number.getFullNumber();
                          inventory.findByTn(tn);
                      }
                  }
                  long reconcile(Map<String, Object> query) throws Exception {
                      TNss inService = InserviceNumber.list(client, query);
                      return inService.getTelephoneNumbers().stream().filter(tn -> inventory.findByTn(tn).isEmpty()).count();
                  }
                  void order(List<String> tns) {
                      for (String tn : tns) {
                          inventory.findByTn(tn);
                      }
                  }
                  interface TnInventory { Optional<String> findByTn(String tn); }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.ImportTnOrder;
              import com.bandwidth.iris.sdk.model.InserviceNumber;
              import com.bandwidth.iris.sdk.model.TNss;
              import com.bandwidth.iris.sdk.model.TelephoneNumber;
              import java.util.List;
              import java.util.Map;
              import java.util.Optional;
              class ImportOrderPolling {
                  IrisClient client;
                  TnInventory inventory;
                  void poll(String id) throws Exception {
                      ImportTnOrder order = ImportTnOrder.Get(client, id);
                      for (TelephoneNumber number : order.getTelephoneNumberList()) {
                          String tn = number.getFullNumber();
                          %sinventory.findByTn(tn);
                      }
                  }
                  long reconcile(Map<String, Object> query) throws Exception {
                      TNss inService = InserviceNumber.list(client, query);
                      return inService.getTelephoneNumbers().stream().filter(tn -> %sinventory.findByTn(tn).isEmpty()).count();
                  }
                  void order(List<String> tns) {
                      for (String tn : tns) {
                          inventory.findByTn(tn);
                      }
                  }
                  interface TnInventory { Optional<String> findByTn(String tn); }
              }
              """.formatted(api("this lookup of an API response's number in a store keyed by 10-digit numbers"),
                api("this lookup of an API response's number in a store keyed by 10-digit numbers"))
          )
        );
    }

    /**
     * A report line checked against a pattern that starts with ten digits: its first three characters are then taken
     * as the area code. A line checked against another pattern (a date) is not.
     */
    @Test
    void lineThatStartsWithANumberTakenApartForItsAreaCode() {
        rewriteRun(
          java(
            """
              import java.io.BufferedReader;
              import java.io.StringReader;
              import java.util.Map;
              import java.util.TreeMap;
              /** Counts the numbers of the Iris inventory report per area code. */
              class PortInventoryReport {
                  static Map<String, Integer> countPerNpa(String csv) throws Exception {
                      Map<String, Integer> perNpa = new TreeMap<>();
                      try (BufferedReader reader = new BufferedReader(new StringReader(csv))) {
                          String row;
                          while ((row = reader.readLine()) != null) {
                              if (!row.matches("\\\\d{10},.*")) {
                                  continue;
                              }
                              perNpa.merge(row.substring(0, 3), 1, Integer::sum);
                          }
                      }
                      return perNpa;
                  }
                  static String year(String stamp) {
                      return stamp.matches("\\\\d{4}-\\\\d{2}") ? stamp.substring(0, 3) : "";
                  }
              }
              """,
            """
              import java.io.BufferedReader;
              import java.io.StringReader;
              import java.util.Map;
              import java.util.TreeMap;
              /** Counts the numbers of the Iris inventory report per area code. */
              class PortInventoryReport {
                  static Map<String, Integer> countPerNpa(String csv) throws Exception {
                      Map<String, Integer> perNpa = new TreeMap<>();
                      try (BufferedReader reader = new BufferedReader(new StringReader(csv))) {
                          String row;
                          while ((row = reader.readLine()) != null) {
                              if (!row.matches(%s"\\\\d{10},.*")) {
                                  continue;
                              }
                              perNpa.merge(%srow.substring(0, 3), 1, Integer::sum);
                          }
                      }
                      return perNpa;
                  }
                  static String year(String stamp) {
                      return stamp.matches("\\\\d{4}-\\\\d{2}") ? stamp.substring(0, 3) : "";
                  }
              }
              """.formatted(callback("this pattern"), callback("taking the area code as its first 3 digits"))
          )
        );
    }

    /**
     * A report value or column checked by a pattern constant of ten digits ({@code TN.matcher(cols[0]).matches()}):
     * its length compared with 10 and its first three digits taken as the area code assume the same, before or after
     * the check. A column checked by another pattern (a site id) is left alone.
     */
    @Test
    void valueCheckedByATenDigitPatternConstantThenMeasuredOrTakenApart() {
        rewriteRun(
          java(
            """
              import java.util.ArrayList;
              import java.util.List;
              import java.util.regex.Pattern;
              /** Parses the Dashboard's "Iris Telephone Number Inventory Report" CSV. */
              class InventoryReportParser {
                  private static final Pattern TN = Pattern.compile("^\\\\d{10}$");
                  private static final Pattern SITE = Pattern.compile("\\\\d{4}");
                  List<String> npas(String csv) {
                      List<String> out = new ArrayList<>();
                      for (String line : csv.split("\\\\R")) {
                          String[] cols = line.split(",");
                          if (cols[0].length() != 10 || !TN.matcher(cols[0]).matches()) {
                              continue;
                          }
                          String value = cols[3].strip();
                          if (SITE.matcher(value).matches()) {
                              out.add(value.substring(0, 3));
                          }
                          out.add(cols[0].substring(0, 3));
                      }
                      return out;
                  }
                  List<String> firstDigits(List<String> lines) {
                      List<String> out = new ArrayList<>();
                      for (String line : lines) {
                          String value = line.strip();
                          if (TN.matcher(value).matches()) {
                              out.add(value.substring(0, 3));
                          }
                      }
                      return out;
                  }
              }
              """,
            """
              import java.util.ArrayList;
              import java.util.List;
              import java.util.regex.Pattern;
              /** Parses the Dashboard's "Iris Telephone Number Inventory Report" CSV. */
              class InventoryReportParser {
                  private static final Pattern TN = Pattern.compile(%1$s"^\\\\d{10}$");
                  private static final Pattern SITE = Pattern.compile("\\\\d{4}");
                  List<String> npas(String csv) {
                      List<String> out = new ArrayList<>();
                      for (String line : csv.split("\\\\R")) {
                          String[] cols = line.split(",");
                          if (%2$scols[0].length() != 10 || !TN.matcher(cols[0]).matches()) {
                              continue;
                          }
                          String value = cols[3].strip();
                          if (SITE.matcher(value).matches()) {
                              out.add(value.substring(0, 3));
                          }
                          out.add(%3$scols[0].substring(0, 3));
                      }
                      return out;
                  }
                  List<String> firstDigits(List<String> lines) {
                      List<String> out = new ArrayList<>();
                      for (String line : lines) {
                          String value = line.strip();
                          if (TN.matcher(value).matches()) {
                              out.add(%3$svalue.substring(0, 3));
                          }
                      }
                      return out;
                  }
              }
              """.formatted(callback("this pattern"), callback("this length check"),
                callback("taking the area code as its first 3 digits"))
          )
        );
    }

    /**
     * An element of a list or an array of a report's numbers ({@code tns.get(i)}, {@code tns[i]}) is a number like
     * the collection's: parsed as a Long, it assumes 10 digits. An element of a list of order ids is not.
     */
    @Test
    void elementOfAListOfReportNumbersParsedAsALong() {
        rewriteRun(
          java(
            """
              import java.util.List;
              /** Parses the CSV of the "Iris Telephone Number Inventory Report". */
              class InventoryCsvParser {
                  long[] asNumbers(List<String> tns) {
                      long[] numbers = new long[tns.size()];
                      for (int i = 0; i < tns.size(); i++) {
                          numbers[i] = Long.parseLong(tns.get(i));
                      }
                      return numbers;
                  }
                  long first(String[] tns) {
                      return Long.parseLong(tns[0]);
                  }
                  long[] orders(List<String> orderIds) {
                      long[] ids = new long[orderIds.size()];
                      for (int i = 0; i < orderIds.size(); i++) {
                          ids[i] = Long.parseLong(orderIds.get(i));
                      }
                      return ids;
                  }
              }
              """,
            """
              import java.util.List;
              /** Parses the CSV of the "Iris Telephone Number Inventory Report". */
              class InventoryCsvParser {
                  long[] asNumbers(List<String> tns) {
                      long[] numbers = new long[tns.size()];
                      for (int i = 0; i < tns.size(); i++) {
                          numbers[i] = %1$sLong.parseLong(tns.get(i));
                      }
                      return numbers;
                  }
                  long first(String[] tns) {
                      return %1$sLong.parseLong(tns[0]);
                  }
                  long[] orders(List<String> orderIds) {
                      long[] ids = new long[orderIds.size()];
                      for (int i = 0; i < orderIds.size(); i++) {
                          ids[i] = Long.parseLong(orderIds.get(i));
                      }
                      return ids;
                  }
              }
              """.formatted(callback("parsing the number as a Long"))
          )
        );
    }

    /** A report column parsed as a Long where a constructor's number parameter takes it: the column holds a number. */
    @Test
    void reportColumnParsedIntoANumberParameter() {
        rewriteRun(
          java(
            """
              /**
               * One billable row of a Dashboard report CSV: {@code telephoneNumber,rateCenter,state}.
               */
              class ReportCsvRow {
                  static final int MAX_TNS_PER_ROW = 5000;
                  private long telephoneNumber = 0;
                  private final String rateCenter;
                  ReportCsvRow(long telephoneNumber, String rateCenter, int lines) {
                      this.rateCenter = rateCenter;
                  }
                  static ReportCsvRow parse(String line) {
                      String[] cols = line.split(",");
                      return new ReportCsvRow(Long.parseLong(cols[0].trim()), cols[1], Integer.parseInt(cols[2]));
                  }
                  static long lines(String line) {
                      return Long.parseLong(line.split(",")[2]);
                  }
              }
              """,
            """
              /**
               * One billable row of a Dashboard report CSV: {@code telephoneNumber,rateCenter,state}.
               */
              class ReportCsvRow {
                  static final int MAX_TNS_PER_ROW = 5000;
                  private %slong telephoneNumber = 0;
                  private final String rateCenter;
                  ReportCsvRow(long telephoneNumber, String rateCenter, int lines) {
                      this.rateCenter = rateCenter;
                  }
                  static ReportCsvRow parse(String line) {
                      String[] cols = line.split(",");
                      return new ReportCsvRow(%sLong.parseLong(cols[0].trim()), cols[1], Integer.parseInt(cols[2]));
                  }
                  static long lines(String line) {
                      return Long.parseLong(line.split(",")[2]);
                  }
              }
              """.formatted(callback("this number type"), callback("parsing the number as a Long"))
          )
        );
    }

    @Test
    void reportRowsLookedUpInAStoreAndNumbersTurnedIntoText() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              /** Reads the Iris "Telephone Number Inventory Report" CSV and checks it against our inventory. */
              class InventoryReportCheck {
                  java.util.Set<String> store;
                  int missing(java.io.BufferedReader reader) throws java.io.IOException {
                      int missing = 0;
                      String line;
                      while ((line = reader.readLine()) != null) {
                          String tn = line.split(",")[0].trim();
                          if (!store.contains(tn)) {
                              missing++;
                          }
                      }
                      return missing;
                  }
                  String npa(Row row) {
                      return String.valueOf(row.telephoneNumber()).substring(0, 3);
                  }
                  record Row(long telephoneNumber) {
                  }
              }
              """,
            """
              /** Reads the Iris "Telephone Number Inventory Report" CSV and checks it against our inventory. */
              class InventoryReportCheck {
                  java.util.Set<String> store;
                  int missing(java.io.BufferedReader reader) throws java.io.IOException {
                      int missing = 0;
                      String line;
                      while ((line = reader.readLine()) != null) {
                          String tn = line.split(",")[0].trim();
                          if (!%sstore.contains(tn)) {
                              missing++;
                          }
                      }
                      return missing;
                  }
                  String npa(Row row) {
                      return %sString.valueOf(row.telephoneNumber()).substring(0, 3);
                  }
                  record Row(%slong telephoneNumber) {
                  }
              }
              """.formatted(callback("this lookup of a report number in a store keyed by 10-digit numbers"),
                callback("taking the area code as its first 3 digits"), callback("this number type"))
          )
        );
    }

    /**
     * A store named for numbers ({@code tnStore}) is a store, not a list of a payload's numbers: a lookup of a
     * callback's number there is flagged; {@code tns.contains(tn)} on the payload's own list is not. So is a
     * repository held in a field named for numbers ({@code PhoneNumberRepository phoneNumbers}), by its type or by its
     * finder ({@code findByTn}).
     */
    @Test
    void lookupInAStoreNamedForNumbers() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              interface PhoneNumberRepository {
                  Object load(String tn);
                  Object findByTn(String tn);
              }
              """
          ),
          //language=java
          java(
            """
              import java.util.List;
              /** Receives Dashboard order notifications. */
              class OrderCallbacks {
                  TnStore tnStore;
                  PendingOrderRegistry registry;
                  PhoneNumberRepository phoneNumbers;
                  void onOrder(Notification notification, List<String> tns) {
                      for (String tn : notification.getCompletedTelephoneNumbers()) {
                          tnStore.findByNumber(tn);
                          tns.contains(tn);
                          registry.take(tn);
                          phoneNumbers.findByTn(tn);
                          phoneNumbers.load(tn);
                      }
                  }
              }
              """,
            """
              import java.util.List;
              /** Receives Dashboard order notifications. */
              class OrderCallbacks {
                  TnStore tnStore;
                  PendingOrderRegistry registry;
                  PhoneNumberRepository phoneNumbers;
                  void onOrder(Notification notification, List<String> tns) {
                      for (String tn : notification.getCompletedTelephoneNumbers()) {
                          %1$stnStore.findByNumber(tn);
                          tns.contains(tn);
                          %1$sregistry.take(tn);
                          %1$sphoneNumbers.findByTn(tn);
                          %1$sphoneNumbers.load(tn);
                      }
                  }
              }
              """.formatted(callback("this lookup of a callback number in a store keyed by 10-digit numbers"))
          )
        );
    }

    @Test
    void callbackControllerDocumentedAsReceivingTheDashboardsNotifications() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          //language=java
          java(
            """
              /** Receives Dashboard order notifications (configured through the subscriptions API). */
              class DashboardCallbacks {
                  NumberStore store;
                  void onOrder(OrderEvent event) {
                      for (String tn : event.completedOrEmpty()) {
                          store.findByTenDigit(tn);
                      }
                  }
              }
              """,
            """
              /** Receives Dashboard order notifications (configured through the subscriptions API). */
              class DashboardCallbacks {
                  NumberStore store;
                  void onOrder(OrderEvent event) {
                      for (String tn : event.completedOrEmpty()) {
                          %sstore.findByTenDigit(tn);
                      }
                  }
              }
              """.formatted(callback("this lookup of a callback number in a store keyed by 10-digit numbers"))
          ),
          //language=java
          java(
            """
              /** Receives Twilio status callbacks for the fallback numbers, shaped like Dashboard notifications. */
              class TwilioCallbacks {
                  NumberStore store;
                  void onStatus(OrderEvent event) {
                      for (String tn : event.completedOrEmpty()) {
                          store.findByTenDigit(tn);
                      }
                  }
              }
              """
          ),
          //language=java
          java(
            """
              /** Sends order notifications to customers by email. */
              class CustomerNotifications {
                  NumberStore store;
                  void notify(OrderEvent event) {
                      for (String tn : event.completedOrEmpty()) {
                          store.findByTenDigit(tn);
                      }
                  }
              }
              """
          )
        );
    }

    @Test
    void reportReadLineByLine() {
        //language=java
        String parser = """
          import java.io.BufferedReader;
          import java.io.IOException;
          import java.io.StringReader;
          import java.util.ArrayList;
          import java.util.LinkedHashMap;
          import java.util.List;
          import java.util.Map;
          import java.util.regex.Pattern;
          class InventoryReportParser {
              private static final Pattern TN_LINE = Pattern.compile(%s"[0-9]{10}");
              private static final String HEADER = "Iris Telephone Number Inventory Report";
              List<String> parse(String csv) throws IOException {
                  List<String> numbers = new ArrayList<>();
                  try (BufferedReader reader = new BufferedReader(new StringReader(csv))) {
                      String line;
                      while ((line = reader.readLine()) != null) {
                          if (!HEADER.equals(line) && TN_LINE.matcher(line).matches()) {
                              numbers.add(line);
                          }
                      }
                  }
                  return numbers;
              }
              Map<String, Integer> countByNpa(List<String> numbers) {
                  Map<String, Integer> counts = new LinkedHashMap<>();
                  for (String tn : numbers) {
                      counts.merge(%stn.substring(0, 3), 1, Integer::sum);
                  }
                  return counts;
              }
          }
          """;
        rewriteRun(
          java(parser.formatted("", ""), parser.formatted(callback("this pattern"),
            callback("taking the area code as its first 3 digits"))),
          java(parser.formatted("", "").replace("InventoryReportParser", "ContactListParser")
            .replace("Iris Telephone Number Inventory Report", "Customer phone list"))
        );
    }

    //language=java
    static final String CALLBACK_HANDLER = """
      import java.util.List;
      import java.util.Map;
      class OrderCallbacks {
          Map<String, String> ordersByNumber;
          ActivationStore store;
          void onNotification(Notification notification) {
              for (String number : notification.getCompletedTelephoneNumbers()) {
                  if (number.length() != 10) {
                      continue;
                  }
                  String order = ordersByNumber.get(number);
                  Object pending = store.find(number);
              }
          }
          interface Notification { List<String> getCompletedTelephoneNumbers(); }
          interface ActivationStore { Object find(String tn); }
      }
      """;

    @Test
    void callbackHandlerLooksNumbersUpByTenDigits() {
        rewriteRun(
          java(CALLBACK_HANDLER,
            """
              import java.util.List;
              import java.util.Map;
              class OrderCallbacks {
                  Map<String, String> ordersByNumber;
                  ActivationStore store;
                  void onNotification(Notification notification) {
                      for (String number : notification.getCompletedTelephoneNumbers()) {
                          if (%snumber.length() != 10) {
                              continue;
                          }
                          String order = %sordersByNumber.get(number);
                          Object pending = %sstore.find(number);
                      }
                  }
                  interface Notification { List<String> getCompletedTelephoneNumbers(); }
                  interface ActivationStore { Object find(String tn); }
              }
              """.formatted(callback("this length check"), callback("this lookup of a callback number in a store keyed by 10-digit numbers"),
                callback("this lookup of a callback number in a store keyed by 10-digit numbers"))
          )
        );
    }

    /**
     * A text checked for ten characters and all digits is a national number whatever it is called
     * ({@code candidate} read from a callback's message); the same check in a form that is not the Dashboard's is the
     * customer's own rule.
     */
    @Test
    void tenDigitsAndAllDigitsCheckedOnATextOfAnyName() {
        String handler = """
          import java.util.Optional;
          class %s {
              Optional<String> check(%s n) {
                  String candidate = n.getMessage() == null ? "" : n.getMessage().trim();
                  if (%scandidate.length() == 10 && candidate.chars().allMatch(Character::isDigit)) {
                      return Optional.of(candidate);
                  }
                  if (candidate.length() == 10 && candidate.startsWith("ORD")) {
                      return Optional.empty();
                  }
                  return Optional.empty();
              }
              interface %s { String getMessage(); %s }
          }
          """;
        String completed = "java.util.List<String> getCompletedTelephoneNumbers();";
        rewriteRun(
          java(handler.formatted("OrderNotificationProcessor", "OrderNotification", "", "OrderNotification", completed),
            handler.formatted("OrderNotificationProcessor", "OrderNotification", callback("this length check"), "OrderNotification",
              completed)),
          java(handler.formatted("SignupFormValidator", "SignupForm", "", "SignupForm", "String getEmail();"))
        );
    }

    /** A store named for its number key (customersByTn) is still a store, not the payload's list of numbers. */
    @Test
    void storeNamedForItsNumberKeyIsStillAStore() {
        rewriteRun(
          java(CALLBACK_HANDLER.replace("ordersByNumber", "customersByTn"),
            """
              import java.util.List;
              import java.util.Map;
              class OrderCallbacks {
                  Map<String, String> customersByTn;
                  ActivationStore store;
                  void onNotification(Notification notification) {
                      for (String number : notification.getCompletedTelephoneNumbers()) {
                          if (%snumber.length() != 10) {
                              continue;
                          }
                          String order = %scustomersByTn.get(number);
                          Object pending = %sstore.find(number);
                      }
                  }
                  interface Notification { List<String> getCompletedTelephoneNumbers(); }
                  interface ActivationStore { Object find(String tn); }
              }
              """.formatted(callback("this length check"), callback("this lookup of a callback number in a store keyed by 10-digit numbers"),
                callback("this lookup of a callback number in a store keyed by 10-digit numbers"))
          )
        );
    }

    //language=java
    static final String REPORT_PARSER = """
      import java.io.BufferedReader;
      import java.io.IOException;
      import java.util.ArrayList;
      import java.util.List;
      class InventoryReport {
          static final String REPORT = "Iris Telephone Number Inventory Report";
          List<String> numbers(BufferedReader csv) throws IOException {
              List<String> out = new ArrayList<>();
              String line;
              while ((line = csv.readLine()) != null) {
                  String tn = line.split(",")[0];
                  if (tn.matches("\\\\d{10}")) {
                      out.add(tn);
                  }
              }
              return out;
          }
      }
      """;

    @Test
    void reportCsvParsing() {
        rewriteRun(
          java(REPORT_PARSER, REPORT_PARSER.replace("tn.matches(\"", "tn.matches(" + callback("this pattern") + "\""))
        );
    }

    /** The report named only in the class's Javadoc, not in any string. */
    @Test
    void reportCsvParserDocumentedAsSuch() {
        String parser = REPORT_PARSER
          .replace("class InventoryReport {\n    static final String REPORT = \"Iris Telephone Number Inventory Report\";\n",
            "/** Parses the CSV of the Dashboard's \"Iris Telephone Number Inventory Report\". */\nclass InventoryReport {\n");
        rewriteRun(
          java(parser, parser.replace("tn.matches(\"", "tn.matches(" + callback("this pattern") + "\""))
        );
    }

    @Test
    void legacyKeepsApiResponsesFlaggedOnly() {
        rewriteRun(
          spec -> spec.recipe(new TenDigitNumberExpected(null, "LEGACY")),
          java(CALLBACK_HANDLER),
          java(REPORT_PARSER),
          java(SDK_CLIENT,
            SDK_CLIENT.replace("if (tn.length()", "if (" + api("this length check") + "tn.length()")
              .replace("return tn.substring(0, 3)", "return " + api("taking the area code as its first 3 digits") + "tn.substring(0, 3)")
              .replace("return tn.substring(0, 6)", "return " + api("taking the NPA-NXX as its first 6 digits") + "tn.substring(0, 6)"))
        );
    }

    /**
     * A callback handler that reads the notification through a model of another file, and names the callback's
     * {@code CompletedTelephoneNumbers} only in its Javadoc: its 10-digit pattern and parse are flagged.
     */
    @Test
    void callbackHandlerDocumentedWithItsPayload() {
        //language=java
        String handler = """
          import java.util.List;
          import java.util.regex.Pattern;
          /**
           * Handles the order notifications the Dashboard posts to our webhook, e.g.
           * <pre>&lt;CompletedTelephoneNumbers&gt;&lt;TelephoneNumber&gt;9195551234&lt;/TelephoneNumber&gt;</pre>
           */
          class NotificationHandler {
              private static final Pattern NANP = Pattern.compile(%s"[0-9]{10}");
              long handle(List<String> completed) {
                  long last = 0;
                  for (String tn : completed) {
                      if (NANP.matcher(tn).matches()) {
                          last = %sLong.parseLong(tn);
                      }
                  }
                  return last;
              }
          }
          """;
        rewriteRun(
          java(handler.formatted("", ""), handler.formatted(callback("this pattern"), callback("parsing the number as a Long")))
        );
    }

    @Nested
    class NoChange {
        /**
         * A test of the callback handler: it looks up a number of its own fixtures (a constant) in the store, and its
         * helper reads the store with a number parameter; neither is a number the Dashboard sent.
         */
        @Test
        void callbackTestsOwnConstantsAndHelperParameters() {
            rewriteRun(
              spec -> spec.typeValidationOptions(TypeValidation.none()),
              java(
                """
                  import java.util.Map;
                  /** Receives the Dashboard's order notifications (CompletedTelephoneNumbers) in tests. */
                  class OrderCallbackTest {
                      static final String COMPLETED_TN = "9195550177";
                      Map<String, String> repository;
                      void marksCompletedNumbersInService() {
                          repository.get(COMPLETED_TN);
                      }
                      private String status(long tn) {
                          return "SELECT status FROM dashboard_tn WHERE tn = " + tn;
                      }
                  }
                  """
              )
            );
        }

        @Test
        void substringInUnrelatedCode() {
            rewriteRun(
              java(
                """
                  class Customer {
                      String phone;
                      String name;
                      String areaCode() {
                          return phone.substring(0, 3);
                      }
                      String initials() {
                          return name.substring(0, 3);
                      }
                      boolean valid() {
                          return phone.length() == 10 && phone.matches("\\\\d{10}");
                      }
                      long asLong() {
                          return Long.parseLong(phone);
                      }
                      String withPrefix() {
                          return "1" + phone;
                      }
                  }
                  """
              )
            );
        }

        @Test
        void unrelatedSubstringsInADashboardClass() {
            rewriteRun(
              java(
                """
                  import com.bandwidth.iris.sdk.IrisClient;
                  class OrderService {
                      IrisClient client;
                      String prefix(String orderId) {
                          return orderId.substring(0, 3);
                      }
                      String shortName(String customerName) {
                          return customerName.substring(0, 3) + customerName.length();
                      }
                      boolean tenChars(String password) {
                          return password.length() == 10;
                      }
                      long page(String pageNumber) {
                          return Long.parseLong(pageNumber);
                      }
                      String version() {
                          return "1" + client.hashCode();
                      }
                  }
                  """
              )
            );
        }

        @Test
        void e164AwareCodeAndLogs() {
            rewriteRun(
              spec -> spec.typeValidationOptions(TypeValidation.none()),
              java(
                """
                  import com.bandwidth.iris.sdk.IrisClient;
                  import org.slf4j.Logger;
                  class Normalised {
                      private static final long MONITOR_TN = 9193384402L;
                      IrisClient client;
                      Logger log;
                      String areaCode(String tn) {
                          log.info("expected \\\\d{10}, got " + tn.substring(0, 3));
                          return tn.startsWith("+1") ? tn.substring(2, 5) : tn;
                      }
                      boolean e164(String tn) {
                          return tn.matches("\\\\+1\\\\d{3}\\\\d{7}") && tn.length() == 12;
                      }
                      boolean e164Pattern(String tn) {
                          return tn.matches("^\\\\+1\\\\d{10}$") || tn.matches("^\\\\+?1?[0-9]{10}$");
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
            spec.recipe(new TenDigitNumberExpected()).parser(KotlinParser.builder().classpath("bandwidth-java-iris-sdk"));
        }

        /**
         * A response model's number held in a {@code Long} with a default of 0: the default is no number, the field
         * is still read from the response. A constant named for numbers that holds a count is left alone.
         */
        @Test
        void numericNumberOfAResponseModelWithADefault() {
            rewriteRun(
              //language=kotlin
              kotlin(
                """
                  package com.acme.iris

                  annotation class XmlName(val value: String)

                  data class TelephoneNumberDetail(
                      @XmlName("FullNumber")
                      val fullNumber: Long = 0,
                      val city: String? = null,
                  )

                  object Limits {
                      const val MAX_TNS_PER_ORDER: Int = 5000
                      fun parse(xml: String): String = xml.substringAfter("<FullNumber>").substringBefore("</FullNumber>")
                  }
                  """,
                """
                  package com.acme.iris

                  annotation class XmlName(val value: String)

                  data class TelephoneNumberDetail(
                      @XmlName("FullNumber")
                      val fullNumber: /*~~(%s)~~>*/Long = 0,
                      val city: String? = null,
                  )

                  object Limits {
                      const val MAX_TNS_PER_ORDER: Int = 5000
                      fun parse(xml: String): String = xml.substringAfter("<FullNumber>").substringBefore("</FullNumber>")
                  }
                  """.formatted("[BW007] " + API.formatted("this number type")),
                spec -> spec.path("src/main/kotlin/com/acme/iris/TelephoneNumberDetail.kt")
              )
            );
        }

        /** What the SDK's number search answers, held in a local: a list of numbers. */
        @Test
        void resultOfTheSdksNumberSearchFilteredByLength() {
            rewriteRun(
              //language=kotlin
              kotlin(
                """
                  package com.acme.iris

                  import com.bandwidth.iris.sdk.IrisClient
                  import com.bandwidth.iris.sdk.model.AvailableNumbers

                  class Search(private val irisClient: IrisClient) {
                      fun byAreaCode(query: Map<String, Any>): List<String> {
                          @Suppress("UNCHECKED_CAST")
                          val found = AvailableNumbers.search(irisClient, query) as List<String>
                          val names = listOf("Raleigh", "Durham")
                          return found.filter { it.length == 10 } + names.filter { it.length == 10 }
                      }
                  }
                  """,
                """
                  package com.acme.iris

                  import com.bandwidth.iris.sdk.IrisClient
                  import com.bandwidth.iris.sdk.model.AvailableNumbers

                  class Search(private val irisClient: IrisClient) {
                      fun byAreaCode(query: Map<String, Any>): List<String> {
                          @Suppress("UNCHECKED_CAST")
                          val found = AvailableNumbers.search(irisClient, query) as List<String>
                          val names = listOf("Raleigh", "Durham")
                          return found.filter { /*~~(%s)~~>*/it.length == 10 } + names.filter { it.length == 10 }
                      }
                  }
                  """.formatted("[BW007] " + API.formatted("this length check")),
                spec -> spec.path("src/main/kotlin/com/acme/iris/Search.kt")
              )
            );
        }

        @Test
        void lambdasOverTheNumbersOfAResponseAndKotlinsConversions() {
            rewriteRun(
              //language=kotlin
              kotlin(
                """
                  package com.acme.iris

                  data class InService(val telephoneNumbers: List<String>)
                  data class Order(val fullNumber: String)

                  class InventoryClient(private val base: String = "https://dashboard.bandwidth.com/api/v2") {
                      fun inService(account: String) = InService(fetch("$base/accounts/$account/inserviceNumbers"))

                      fun national(account: String) = inService(account).telephoneNumbers.filter { it.length == 10 }
                      fun dialable(account: String) = inService(account).telephoneNumbers.map { "1$it" }
                      fun routes(orders: List<Order>) = orders.map { it.fullNumber }.map { "1$it" }
                      fun asLongs(account: String) = inService(account).telephoneNumbers.map { tn -> tn.toLong() }
                      fun sizes(names: List<String>) = names.filter { it.length == 10 }

                      private fun fetch(url: String): List<String> = listOf(url)
                  }
                  """,
                """
                  package com.acme.iris

                  data class InService(val telephoneNumbers: List<String>)
                  data class Order(val fullNumber: String)

                  class InventoryClient(private val base: String = "https://dashboard.bandwidth.com/api/v2") {
                      fun inService(account: String) = InService(fetch("$base/accounts/$account/inserviceNumbers"))

                      fun national(account: String) = inService(account).telephoneNumbers.filter { %s }
                      fun dialable(account: String) = inService(account).telephoneNumbers.map { %s }
                      fun routes(orders: List<Order>) = orders.map { it.fullNumber }.map { %s }
                      fun asLongs(account: String) = inService(account).telephoneNumbers.map { tn -> %s }
                      fun sizes(names: List<String>) = names.filter { it.length == 10 }

                      private fun fetch(url: String): List<String> = listOf(url)
                  }
                  """.formatted(api("this length check") + "it.length == 10", api("this country-code prefix") + "\"1$it\"", api("this country-code prefix") + "\"1$it\"",
                  api("parsing the number as a Long") + "tn.toLong()")
              )
            );
        }
    }
}
