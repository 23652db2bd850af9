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

class AreaCodeAsIntegerTest implements RewriteTest {
    static String flag(String what) {
        return "/*~~([BW008] v2 area codes are strings holding country and area code (\"+1919\", \"+27098\"; a leading zero is "
          + "significant), so " + what + " breaks; keep area codes as String and compare them as text)~~>*/";
    }

    @Override
    public void defaults(RecipeSpec spec) {
        spec.recipe(new AreaCodeAsInteger())
          .parser(JavaParser.fromJavaVersion().classpath("bandwidth-java-iris-sdk"));
    }

    @DocumentExample
    /**
     * The area code column of a Dashboard report read as a number by a Spring Batch mapper, and the report line's model
     * holding it as one; a mapper of the customer's own file is left alone.
     */
    @Test
    void batchMapperOfADashboardReport() {
        rewriteRun(
          spec -> spec.parser(JavaParser.fromJavaVersion().classpath("spring-batch-infrastructure")),
          java(TenDigitNumberExpectedTest.REPORT_LINE, TenDigitNumberExpectedTest.REPORT_LINE.replace("int areaCode", flag("a numeric area code") + "int areaCode")),
          java(TenDigitNumberExpectedTest.REPORT_MAPPER, TenDigitNumberExpectedTest.REPORT_MAPPER.replace("fieldSet.readInt", flag("reading the area code as a number") + "fieldSet.readInt")),
          java(TenDigitNumberExpectedTest.OWN_FILE_MAPPER)
        );
    }

    @Test
    void areaCodeMappedFromSdkDataAsInt() {
        rewriteRun(
          java(
            """
              import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
              class OrderMapper {
                  private int areaCode;
                  void read(AreaCodeSearchAndOrderType order) {
                      areaCode = Integer.parseInt(order.getAreaCode());
                  }
                  boolean isRaleigh() {
                      return areaCode == 919;
                  }
                  int billingNpa(AreaCodeSearchAndOrderType order) {
                      String ac = order.getAreaCode();
                      return Integer.parseInt(ac);
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
              class OrderMapper {
                  private %sint areaCode;
                  void read(AreaCodeSearchAndOrderType order) {
                      areaCode = %sInteger.parseInt(order.getAreaCode());
                  }
                  boolean isRaleigh() {
                      return %sareaCode == 919;
                  }
                  int billingNpa(AreaCodeSearchAndOrderType order) {
                      String ac = order.getAreaCode();
                      return %sInteger.parseInt(ac);
                  }
              }
              """.formatted(flag("a numeric area code"), flag("parsing the area code as a number"), flag("comparing the area code as a number"),
                  flag("parsing the area code as a number"))
          )
        );
    }

    /**
     * A model of the project's own (an entity, a record) whose field code talking to the Dashboard gives an area code
     * it parsed: the field is where the type changes, also in its own file that names no API. The same kind of model
     * filled by code that does not talk to the Dashboard is left alone.
     */
    @Test
    void modelFieldGivenAParsedAreaCodeByDashboardCode() {
        rewriteRun(
          java(
            """
              package com.acme.data;
              public class InventoryNumber {
                  private int areaCode;
                  public int getAreaCode() { return areaCode; }
                  public void setAreaCode(int areaCode) { this.areaCode = areaCode; }
              }
              """,
            """
              package com.acme.data;
              public class InventoryNumber {
                  private %sint areaCode;
                  public int getAreaCode() { return areaCode; }
                  public void setAreaCode(int areaCode) { this.areaCode = areaCode; }
              }
              """.formatted(flag("a numeric area code"))
          ),
          java(
            """
              package com.acme.data;
              public record NumberView(String telephoneNumber, int areaCode) {
              }
              """,
            """
              package com.acme.data;
              public record NumberView(String telephoneNumber, %sint areaCode) {
              }
              """.formatted(flag("a numeric area code"))
          ),
          java(
            """
              package com.acme.data;
              public class Branch {
                  private int areaCode;
                  public void setAreaCode(int areaCode) { this.areaCode = areaCode; }
              }
              """
          ),
          java(
            """
              package com.acme.sync;
              import com.acme.data.InventoryNumber;
              import com.acme.data.NumberView;
              class InventorySync {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/inserviceNumbers";
                  InventoryNumber row(String tn) {
                      InventoryNumber row = new InventoryNumber();
                      int areaCode = Integer.parseInt(tn.substring(0, 3));
                      row.setAreaCode(areaCode);
                      return row;
                  }
                  NumberView view(String tn) {
                      return new NumberView(tn, Integer.parseInt(tn.substring(0, 3)));
                  }
              }
              """,
            """
              package com.acme.sync;
              import com.acme.data.InventoryNumber;
              import com.acme.data.NumberView;
              class InventorySync {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1/inserviceNumbers";
                  InventoryNumber row(String tn) {
                      InventoryNumber row = new InventoryNumber();
                      %sint areaCode = Integer.parseInt(tn.substring(0, 3));
                      row.setAreaCode(areaCode);
                      return row;
                  }
                  NumberView view(String tn) {
                      return new NumberView(tn, %sInteger.parseInt(tn.substring(0, 3)));
                  }
              }
              """.formatted(flag("a numeric area code"), flag("parsing the area code as a number"))
          ),
          java(
            """
              package com.acme.web;
              import com.acme.data.Branch;
              class BranchForm {
                  Branch branch(String areaCode) {
                      Branch b = new Branch();
                      b.setAreaCode(Integer.parseInt(areaCode));
                      return b;
                  }
              }
              """
          )
        );
    }

    /**
     * A loop over the project's own area codes (a constant, a configuration bean's list) holds what the project chose;
     * a loop over area codes read from a Dashboard answer is flagged.
     */
    @Test
    void loopsOverOwnAreaCodesAndOverAnAnswersAreaCodes() {
        rewriteRun(
          spec -> spec.typeValidationOptions(org.openrewrite.test.TypeValidation.none()),
          java(
            """
              import java.util.List;
              class ProvisioningProperties {
                  List<Integer> getWarmPoolAreaCodes() { return List.of(919); }
              }
              """
          ),
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
              import java.util.List;
              class WarmPoolJob {
                  static final int[] HOME_AREA_CODES = {919, 984};
                  IrisClient client;
                  ProvisioningProperties provisioning;
                  void run(List<Integer> answered) {
                      for (int areaCode : HOME_AREA_CODES) { }
                      for (Integer areaCode : provisioning.getWarmPoolAreaCodes()) { }
                      for (Integer areaCode : answered) { }
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
              import java.util.List;
              class WarmPoolJob {
                  static final int[] HOME_AREA_CODES = {919, 984};
                  IrisClient client;
                  ProvisioningProperties provisioning;
                  void run(List<Integer> answered) {
                      for (int areaCode : HOME_AREA_CODES) { }
                      for (Integer areaCode : provisioning.getWarmPoolAreaCodes()) { }
                      for (%sInteger areaCode : answered) { }
                  }
              }
              """.formatted(flag("a numeric area code"))
          )
        );
    }
    /**
     * An area code the method searches the Dashboard by ({@code "?areacode=" + npa}, {@code put("areaCode", npa)}) is the
     * code's own (a configured watch list): parsing it is left alone, unless the number is then compared (with the
     * blocks the search answered). One read from an answer is flagged.
     */
    @Test
    void areaCodeTheMethodSearchesByIsItsOwn() {
        String sync = """
              import com.bandwidth.iris.sdk.IrisClient;
              import java.util.List;
              import java.util.Map;
              import java.util.HashMap;
              class InventorySync {
                  static final String BASE = "https://dashboard.bandwidth.com/api/v2/accounts/1";
                  IrisClient client;
                  List<String> watchedAreaCodes;
                  void run() {
                      for (String npa : watchedAreaCodes) {
                          String url = BASE + "/inserviceNumbers?countryCodeA3=USA&areaCode=" + npa + "&size=1000";
                          int code = Integer.parseInt(npa);
                      }
                  }
                  void spare(String areaCode) {
                      Map<String, String> filters = new HashMap<>();
                      filters.put("areaCode", areaCode);
                      long n = Long.parseLong(areaCode);
                  }
                  void answered(Row row) {
                      String npa = row.getNpa();
                      int code = %sInteger.parseInt(npa);
                  }
                  boolean stocked(javax.ws.rs.client.WebTarget account, String areaCode, int blockNpa) {
                      account.path("availableNpaNxx").queryParam("areaCode", areaCode);
                      int requested = %sInteger.parseInt(areaCode);
                      return blockNpa == requested;
                  }
                  interface Row { String getNpa(); }
              }
              """;
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          java(sync.formatted("", ""),
            sync.formatted(flag("parsing the area code as a number"), flag("parsing the area code as a number")))
        );
    }

    /**
     * A field of the project's configuration class (a Dropwizard {@code DashboardConfiguration} mapped from its YAML
     * with {@code @JsonProperty}, a class annotated {@code @ConfigurationProperties}) is what the project chose; the
     * same field in a Jackson model of the Dashboard's answer is flagged.
     */
    @Test
    void numericAreaCodeOfTheProjectsConfiguration() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          java(
            """
              import com.fasterxml.jackson.annotation.JsonProperty;
              public class DashboardConfiguration {
                  @JsonProperty
                  private String baseUrl = "https://dashboard.bandwidth.com/api/v2";
                  @JsonProperty
                  private int defaultAreaCode = 919;
              }
              """
          ),
          java(
            """
              @org.springframework.boot.context.properties.ConfigurationProperties("numbering")
              public class Numbering {
                  private String baseUrl = "https://dashboard.bandwidth.com/api/v2";
                  private int homeAreaCode = 919;
              }
              """
          ),
          java(
            """
              import com.fasterxml.jackson.annotation.JsonProperty;
              public class InserviceNumberRow {
                  static final String SOURCE = "https://dashboard.bandwidth.com/api/v2/accounts/1/inserviceNumbers";
                  @JsonProperty("AreaCode")
                  private int areaCode;
              }
              """,
            """
              import com.fasterxml.jackson.annotation.JsonProperty;
              public class InserviceNumberRow {
                  static final String SOURCE = "https://dashboard.bandwidth.com/api/v2/accounts/1/inserviceNumbers";
                  @JsonProperty("AreaCode")
                  private %sint areaCode;
              }
              """.formatted(flag("a numeric area code"))
          )
        );
    }

    @Test
    void jacksonModelOfTheNpaElementAndAComparisonOfTwoNumericAreaCodes() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          java(
            """
              import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
              class AreaCodeStats {
                  @JacksonXmlProperty(localName = "Npa")
                  private int areaCode;
                  @JacksonXmlProperty(localName = "Quantity")
                  private int quantity;
              }
              """,
            """
              import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
              class AreaCodeStats {
                  @JacksonXmlProperty(localName = "Npa")
                  private %sint areaCode;
                  @JacksonXmlProperty(localName = "Quantity")
                  private int quantity;
              }
              """.formatted(flag("a numeric area code"))
          ),
          java(
            """
              import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
              class Blocks {
                  boolean sameArea(AvailableNpaNxx row, Region region) {
                      int blockAreaCode = Integer.parseInt(row.getNpa());
                      return blockAreaCode != region.areaCode();
                  }
                  interface Region { int areaCode(); }
              }
              """,
            """
              import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
              class Blocks {
                  boolean sameArea(AvailableNpaNxx row, Region region) {
                      %sint blockAreaCode = Integer.parseInt(row.getNpa());
                      return %sblockAreaCode != region.areaCode();
                  }
                  interface Region { %sint areaCode(); }
              }
              """.formatted(flag("a numeric area code"), flag("comparing the area code as a number"), flag("a numeric area code"))
          )
        );
    }

    @Test
    void areaCodeOfApiDataComparedWithANumericConstantOrABoxedNumber() {
        rewriteRun(
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import java.util.List;
              class Preferred {
                  static final int RALEIGH = 919;
                  IrisClient client;
                  record Details(Integer areaCode, String city) { }
                  interface Profile { int getPreferredAreaCode(); }
                  boolean preferred(Details details, Profile profile) {
                      return details.areaCode() != null && details.areaCode() == profile.getPreferredAreaCode();
                  }
                  boolean home(Details details) {
                      return details.areaCode() == RALEIGH;
                  }
                  boolean tollFree(Details details) {
                      int ac = details.areaCode();
                      return ac == 800 || ac == 888;
                  }
                  boolean many(List<String> tns, int limit) {
                      return tns.size() > limit;
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import java.util.List;
              class Preferred {
                  static final int RALEIGH = 919;
                  IrisClient client;
                  record Details(%sInteger areaCode, String city) { }
                  interface Profile { %sint getPreferredAreaCode(); }
                  boolean preferred(Details details, Profile profile) {
                      return details.areaCode() != null && %sdetails.areaCode() == profile.getPreferredAreaCode();
                  }
                  boolean home(Details details) {
                      return %sdetails.areaCode() == RALEIGH;
                  }
                  boolean tollFree(Details details) {
                      int ac = details.areaCode();
                      return %sac == 800 || ac == 888;
                  }
                  boolean many(List<String> tns, int limit) {
                      return tns.size() > limit;
                  }
              }
              """.formatted(flag("a numeric area code"), flag("a numeric area code"), flag("comparing the area code as a number"),
                flag("comparing the area code as a number"), flag("comparing the area code as a number"))
          )
        );
    }

    @Test
    void jaxbPayloadModelAndRawClient() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          java(
            """
              import javax.xml.bind.annotation.XmlElement;
              class AreaCodeSearch {
                  @XmlElement(name = "AreaCode")
                  private Integer areaCode;
                  public Integer getAreaCode() { return areaCode; }
              }
              """,
            """
              import javax.xml.bind.annotation.XmlElement;
              class AreaCodeSearch {
                  @XmlElement(name = "AreaCode")
                  private %sInteger areaCode;
                  public Integer getAreaCode() { return areaCode; }
              }
              """.formatted(flag("a numeric area code"))
          ),
          java(
            """
              class NpaNxxClient {
                  static final String URL = "https://dashboard.bandwidth.com/api/v2/accounts/1/availableNpaNxx";
                  boolean tollFree(String npa) {
                      long code = Long.parseLong(npa);
                      return code >= 800 && code < 900;
                  }
                  void search(long areaCode) {
                  }
              }
              """,
            """
              class NpaNxxClient {
                  static final String URL = "https://dashboard.bandwidth.com/api/v2/accounts/1/availableNpaNxx";
                  boolean tollFree(String npa) {
                      long code = %sLong.parseLong(npa);
                      return code >= 800 && code < 900;
                  }
                  void search(long areaCode) {
                  }
              }
              """.formatted(flag("parsing the area code as a number"))
          )
        );
    }

    /**
     * The body of the project's own endpoint (a record a JAX-RS resource method or a Spring {@code @RequestBody}
     * parameter takes) holds what the caller sent, not Dashboard data: its numeric area code, and comparisons of it,
     * are left alone, also in a class that calls the Dashboard. A Dashboard answer's area code compared as a number
     * beside it is flagged.
     */
    @Test
    void bodyOfTheProjectsOwnEndpoint() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          java(
            """
              import jakarta.ws.rs.POST;
              import jakarta.ws.rs.Path;
              import java.util.List;
              @Path("/v1/numbers")
              public class NumberSearchResource {
                  static final String SEARCH = "https://dashboard.bandwidth.com/api/v2/accounts/1/availableNumbers";
                  public record NumberSearchRequest(int areaCode, int quantity) {
                  }
                  public record Block(int npa, String nxx) {
                  }
                  @POST
                  @Path("/search")
                  public List<String> search(NumberSearchRequest request) {
                      if (request.areaCode() < 200 || request.areaCode() > 999) {
                          throw new IllegalArgumentException("invalid areaCode " + request.areaCode());
                      }
                      return List.of(SEARCH + "?areaCode=" + request.areaCode());
                  }
                  boolean tollFree(Block block) {
                      return block.npa() == 800;
                  }
              }
              """,
            """
              import jakarta.ws.rs.POST;
              import jakarta.ws.rs.Path;
              import java.util.List;
              @Path("/v1/numbers")
              public class NumberSearchResource {
                  static final String SEARCH = "https://dashboard.bandwidth.com/api/v2/accounts/1/availableNumbers";
                  public record NumberSearchRequest(int areaCode, int quantity) {
                  }
                  public record Block(%sint npa, String nxx) {
                  }
                  @POST
                  @Path("/search")
                  public List<String> search(NumberSearchRequest request) {
                      if (request.areaCode() < 200 || request.areaCode() > 999) {
                          throw new IllegalArgumentException("invalid areaCode " + request.areaCode());
                      }
                      return List.of(SEARCH + "?areaCode=" + request.areaCode());
                  }
                  boolean tollFree(Block block) {
                      return %sblock.npa() == 800;
                  }
              }
              """.formatted(flag("a numeric area code"), flag("comparing the area code as a number"))
          )
        );
    }

    /**
     * One finding per place to edit: the field of a model, not again its getter, its setter's or constructor's
     * parameter; a payload creator's mapped parameter is a field. A method's own parameter is what its callers chose
     * (a CLI option, the customer's own endpoint), as is a picocli option. A chain of comparisons of one area code
     * is one finding.
     */
    @Test
    void oneFindingPerModelFieldAndPerCondition() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          java(
            """
              import com.fasterxml.jackson.annotation.JsonCreator;
              import com.fasterxml.jackson.annotation.JsonProperty;
              import picocli.CommandLine.Option;
              class NpaNxxClient {
                  static final String URL = "https://dashboard.bandwidth.com/api/v2/accounts/1/availableNpaNxx";
                  @Option(names = "--area-code")
                  int areaCode;
                  static class Block {
                      private int npa;
                      Block(int npa) { this.npa = npa; }
                      @JsonCreator
                      Block(@JsonProperty("Npa") int npa, String nxx) { this.npa = npa; }
                      public int getNpa() { return npa; }
                      public void setNpa(int npa) { this.npa = npa; }
                      boolean tollFree() {
                          return npa == 800 || npa == 833 || (npa == 844 || npa == 855);
                      }
                  }
                  String order(String customer, int areaCode, int quantity) {
                      return URL + "?areaCode=" + areaCode;
                  }
              }
              """,
            """
              import com.fasterxml.jackson.annotation.JsonCreator;
              import com.fasterxml.jackson.annotation.JsonProperty;
              import picocli.CommandLine.Option;
              class NpaNxxClient {
                  static final String URL = "https://dashboard.bandwidth.com/api/v2/accounts/1/availableNpaNxx";
                  @Option(names = "--area-code")
                  int areaCode;
                  static class Block {
                      private %sint npa;
                      Block(int npa) { this.npa = npa; }
                      @JsonCreator
                      Block(@JsonProperty("Npa") %sint npa, String nxx) { this.npa = npa; }
                      public int getNpa() { return npa; }
                      public void setNpa(int npa) { this.npa = npa; }
                      boolean tollFree() {
                          return %snpa == 800 || npa == 833 || (npa == 844 || npa == 855);
                      }
                  }
                  String order(String customer, int areaCode, int quantity) {
                      return URL + "?areaCode=" + areaCode;
                  }
              }
              """.formatted(flag("a numeric area code"), flag("a numeric area code"), flag("comparing the area code as a number"))
          )
        );
    }

    /**
     * A class that only holds a declarative client of the Dashboard (a Retrofit interface whose mappings name the
     * Dashboard's resources, its base URL set where the proxy is built) reads the Dashboard's numbers.
     */
    @Test
    void classHoldingARetrofitClientOfTheDashboard() {
        rewriteRun(
          spec -> spec.typeValidationOptions(TypeValidation.none()),
          java(
            """
              package com.acme.dashboard;
              import retrofit2.Call;
              import retrofit2.http.GET;
              import retrofit2.http.Path;
              public interface DashboardApi {
                  @GET("accounts/{accountId}/inserviceNumbers")
                  Call<java.util.List<String>> inservice(@Path("accountId") String accountId);
              }
              """
          ),
          java(
            """
              package com.acme.inventory;
              import com.acme.dashboard.DashboardApi;
              class InventorySync {
                  private final DashboardApi api;
                  InventorySync(DashboardApi api) { this.api = api; }
                  void sync(String account) throws Exception {
                      for (String tn : api.inservice(account).execute().body()) {
                          record(tn);
                      }
                  }
                  int record(String tn) {
                      return Integer.parseInt(tn.substring(0, 3));
                  }
              }
              """,
            """
              package com.acme.inventory;
              import com.acme.dashboard.DashboardApi;
              class InventorySync {
                  private final DashboardApi api;
                  InventorySync(DashboardApi api) { this.api = api; }
                  void sync(String account) throws Exception {
                      for (String tn : api.inservice(account).execute().body()) {
                          record(tn);
                      }
                  }
                  int record(String tn) {
                      return %sInteger.parseInt(tn.substring(0, 3));
                  }
              }
              """.formatted(flag("parsing the area code as a number"))
          )
        );
    }

    /**
     * An area code taken from a number of the API and parsed: through a helper named for it, from the number's first
     * three digits, or through a local given them. A number's other digits parsed are not an area code.
     */
    @Test
    void areaCodeDerivedFromAnApiNumberAndParsed() {
        rewriteRun(
          java(
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.TelephoneNumber;
              class Grouping {
                  IrisClient client;
                  int viaHelper(TelephoneNumber tn) {
                      return Integer.parseInt(areaCodeOf(tn.getFullNumber()));
                  }
                  int direct(String tn) {
                      return Integer.parseInt(tn.substring(0, 3));
                  }
                  int viaLocal(String tn) {
                      String prefix = tn.substring(0, 3);
                      int key = Integer.parseInt(prefix);
                      return key;
                  }
                  int lineNumber(String tn) {
                      String last = tn.substring(6, 10);
                      return Integer.parseInt(last);
                  }
                  private static String areaCodeOf(String tn) {
                      return tn.substring(tn.length() - 10, tn.length() - 7);
                  }
              }
              """,
            """
              import com.bandwidth.iris.sdk.IrisClient;
              import com.bandwidth.iris.sdk.model.TelephoneNumber;
              class Grouping {
                  IrisClient client;
                  int viaHelper(TelephoneNumber tn) {
                      return %sInteger.parseInt(areaCodeOf(tn.getFullNumber()));
                  }
                  int direct(String tn) {
                      return %sInteger.parseInt(tn.substring(0, 3));
                  }
                  int viaLocal(String tn) {
                      String prefix = tn.substring(0, 3);
                      int key = %sInteger.parseInt(prefix);
                      return key;
                  }
                  int lineNumber(String tn) {
                      String last = tn.substring(6, 10);
                      return Integer.parseInt(last);
                  }
                  private static String areaCodeOf(String tn) {
                      return tn.substring(tn.length() - 10, tn.length() - 7);
                  }
              }
              """.formatted(flag("parsing the area code as a number"), flag("parsing the area code as a number"),
              flag("parsing the area code as a number"))
          )
        );
    }

    @Nested
    class NoChange {
        @Test
        void intAreaCodesInUnrelatedCode() {
            rewriteRun(
              java(
                """
                  class Customer {
                      private int areaCode;
                      int getAreaCode() { return areaCode; }
                      boolean local() { return areaCode == 919 || Integer.parseInt("0" + areaCode) > 200; }
                  }
                  """
              )
            );
        }

        /** A client built in place (= RestClient.create()) is not the project's Dashboard client bean of that type. */
        @Test
        void clientOfAnotherApiBuiltInPlaceBesideADashboardBeanOfTheSameType() {
            rewriteRun(
              spec -> spec.typeValidationOptions(TypeValidation.none()),
              java(
                """
                  import org.springframework.context.annotation.Bean;
                  import org.springframework.web.client.RestClient;
                  class HttpClients {
                      @Bean
                      RestClient numbersRestClient() {
                          return RestClient.builder().baseUrl("https://dashboard.bandwidth.com/api/v2").build();
                      }
                  }
                  """
              ),
              java(
                """
                  import org.springframework.web.client.RestClient;
                  class CatapultNumberSearch {
                      private final RestClient rest = RestClient.create();
                      String localNumbers(String userId, int areaCode) {
                          return rest.get().uri("https://api.catapult.inetwork.com/v1/users/{u}/availableNumbers/local?areaCode={a}",
                              userId, areaCode).retrieve().body(String.class);
                      }
                  }
                  """
              )
            );
        }

        /**
         * Another API whose query parameter is spelled like an Iris element ({@code AreaCode}), and a class that gets
         * the project's plain RestTemplate bean by its name while the only other bean of that type calls the Dashboard.
         */
        @Test
        void anotherApisAreaCodeParameterAndAClientBeanNamedByItsQualifier() {
            rewriteRun(
              spec -> spec.typeValidationOptions(TypeValidation.none()),
              java(
                """
                  import org.springframework.boot.web.client.RestTemplateBuilder;
                  import org.springframework.context.annotation.Bean;
                  import org.springframework.web.client.RestTemplate;
                  class HttpClients {
                      @Bean
                      RestTemplate dashboardRestTemplate(RestTemplateBuilder builder) {
                          return builder.rootUri("https://dashboard.bandwidth.com/api/v2").build();
                      }
                      @Bean
                      RestTemplate plainRestTemplate(RestTemplateBuilder builder) {
                          return builder.build();
                      }
                  }
                  """
              ),
              java(
                """
                  import org.springframework.beans.factory.annotation.Qualifier;
                  import org.springframework.web.client.RestTemplate;
                  import org.springframework.web.util.UriComponentsBuilder;
                  class TwilioFallbackSearch {
                      private final RestTemplate restTemplate;
                      TwilioFallbackSearch(@Qualifier("plainRestTemplate") RestTemplate restTemplate) {
                          this.restTemplate = restTemplate;
                      }
                      String local(String accountSid, int areaCode) {
                          String url = UriComponentsBuilder.fromUriString(TwilioPaths.BASE)
                              .pathSegment("Accounts", accountSid, "AvailablePhoneNumbers", "US", "Local.json")
                              .queryParam("AreaCode", areaCode)
                              .toUriString();
                          return restTemplate.getForObject(url, String.class);
                      }
                  }
                  """
              ),
              java(
                """
                  public interface TwilioNumbersApi {
                      @retrofit2.http.GET("2010-04-01/Accounts/{sid}/AvailablePhoneNumbers/US/Local.json")
                      retrofit2.Call<String> local(@retrofit2.http.Path("sid") String sid, @retrofit2.http.Query("AreaCode") int areaCode);
                  }
                  """
              )
            );
        }

        @Test
        void countsAndLimitsPerAreaCodeInADashboardClass() {
            rewriteRun(
              java(
                """
                  import com.bandwidth.iris.sdk.IrisClient;
                  class Search {
                      IrisClient client;
                      int perAreaCode = 25;
                      long areaCodeCount;
                      boolean enough(int maxAreaCodes) {
                          return areaCodeCount < maxAreaCodes && perAreaCode > 10;
                      }
                  }
                  """
              )
            );
        }

        @Test
        void stringAreaCodesAndOtherIntegersInADashboardClass() {
            rewriteRun(
              java(
                """
                  import com.bandwidth.iris.sdk.IrisClient;
                  class Search {
                      IrisClient client;
                      String areaCode = "919";
                      int quantity = 10;
                      boolean raleigh() {
                          return "+1919".equals(areaCode) && quantity > 5 && Integer.parseInt("" + quantity) == 10;
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
            spec.recipe(new AreaCodeAsInteger()).parser(KotlinParser.builder().classpath("spring-web"));
        }

        @Test
        void kotlinConversionsAndPropertiesButNotTheParametersOfYourOwnEndpoint() {
            rewriteRun(
              //language=kotlin
              kotlin(
                """
                  package com.acme.iris

                  import org.springframework.web.bind.annotation.GetMapping
                  import org.springframework.web.bind.annotation.RequestParam
                  import org.springframework.web.bind.annotation.RestController

                  data class NpaBlock(val areaCode: Int, val nxx: String)

                  class Inventory(private val base: String = "https://dashboard.bandwidth.com/api/v2") {
                      fun numbers(): List<String> = listOf("$base/accounts/1/inserviceNumbers")
                      fun areaCodes() = numbers().map { tn ->
                          val npa = tn.substring(0, 3)
                          npa.toInt()
                      }
                      fun firstThree() = numbers().map { Integer.parseInt(it.take(3)) }
                  }

                  @RestController
                  class Prices(private val base: String = "https://dashboard.bandwidth.com/api/v2") {
                      @GetMapping("/tiers")
                      fun tiers(@RequestParam areaCodes: List<Int>) = areaCodes.size
                  }
                  """,
                """
                  package com.acme.iris

                  import org.springframework.web.bind.annotation.GetMapping
                  import org.springframework.web.bind.annotation.RequestParam
                  import org.springframework.web.bind.annotation.RestController

                  data class NpaBlock(val areaCode: %s, val nxx: String)

                  class Inventory(private val base: String = "https://dashboard.bandwidth.com/api/v2") {
                      fun numbers(): List<String> = listOf("$base/accounts/1/inserviceNumbers")
                      fun areaCodes() = numbers().map { tn ->
                          val npa = tn.substring(0, 3)
                          %s
                      }
                      fun firstThree() = numbers().map { %s }
                  }

                  @RestController
                  class Prices(private val base: String = "https://dashboard.bandwidth.com/api/v2") {
                      @GetMapping("/tiers")
                      fun tiers(@RequestParam areaCodes: List<Int>) = areaCodes.size
                  }
                  """.formatted(flag("a numeric area code") + "Int", flag("parsing the area code as a number") + "npa.toInt()",
                  flag("parsing the area code as a number") + "Integer.parseInt(it.take(3))")
              )
            );
        }
    }
}
