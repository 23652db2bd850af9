package io.github.irismigrate.analysis;

import org.junit.jupiter.api.Test;
import org.openrewrite.Cursor;
import org.openrewrite.ExecutionContext;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.J;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardTalkTest {

    /** The source of numbers seen in each method of a file, by method name ("none" outside Dashboard classes). */
    static Map<String, String> sources(String source, boolean fileReachesDashboard) {
        J.CompilationUnit cu = QueryAssemblyTest.parse(source);
        DashboardTalk talk = DashboardTalk.of(cu, fileReachesDashboard);
        Map<String, String> out = new LinkedHashMap<>();
        new JavaIsoVisitor<ExecutionContext>() {
            @Override
            public J.MethodDeclaration visitMethodDeclaration(J.MethodDeclaration md, ExecutionContext ctx) {
                Cursor c = new Cursor(getCursor(), md.getBody());
                DashboardTalk.Source s = talk.sourceAt(c);
                out.put(md.getSimpleName(), s == null ? "none" : s.name());
                return md;
            }
        }.visit(cu, new InMemoryExecutionContext());
        return out;
    }

    @Test
    void dashboardUrlOrSdkMakesApiCode() {
        assertThat(sources("class A { void a() {} }", true)).containsEntry("a", "API_RESPONSE");
        assertThat(sources("import com.bandwidth.iris.sdk.IrisClient; class S { IrisClient c; void s() {} }", false))
          .containsEntry("s", "API_RESPONSE");
    }

    @Test
    void payloadElementNamesMakeApiCode() {
        assertThat(sources("""
          class P { String p(org.w3c.dom.Document d) { return d.getElementsByTagName("TelephoneNumber").item(0).getTextContent(); } }
          """, false)).containsEntry("p", "API_RESPONSE");
        assertThat(sources("class X { String x = \"//SearchResult/TelephoneNumberList/TelephoneNumber\"; void x() {} }", false))
          .containsEntry("x", "API_RESPONSE");
    }

    @Test
    void callbackHandlerAndReportParser() {
        assertThat(sources("""
          class C {
              void onNotification(Object n) { String x = "CompletedTelephoneNumbers"; }
              String helper(String tn) { return tn; }
          }
          """, false)).containsEntry("onNotification", "CALLBACK_OR_REPORT").containsEntry("helper", "CALLBACK_OR_REPORT");
        assertThat(sources("""
          class R {
              static final String NAME = "Iris Telephone Number Inventory Report";
              String[] row(String line) { return line.split(","); }
          }
          """, false)).containsEntry("row", "CALLBACK_OR_REPORT");
        assertThat(sources("""
          import com.bandwidth.iris.sdk.IrisClient;
          class Both {
              IrisClient client;
              void onCallback(java.util.List<String> completedTelephoneNumbers) {}
              String search() { return ""; }
          }
          """, false)).containsEntry("onCallback", "CALLBACK_OR_REPORT").containsEntry("search", "API_RESPONSE");
    }

    /**
     * A class whose comment says it holds the Dashboard's numbers (a store of the Dashboard inventory, a record of a
     * Dashboard number) handles the API's data; an application's own dashboard, in lower case, or another provider's
     * numbers, do not make it so.
     */
    @Test
    void classCommentNamingTheDashboardsNumbers() {
        assertThat(sources("""
          /** JDBC access to the local copy of the Dashboard inventory. */
          class NumberDao { void upsert(String tn) {} }
          """, false)).containsEntry("upsert", "API_RESPONSE");
        assertThat(sources("""
          /** One Dashboard number as stored in {@code dashboard_tn}. */
          class InventoryRecord { void of() {} }
          """, false)).containsEntry("of", "API_RESPONSE");
        assertThat(sources("""
          /** Counts shown on the sales dashboard: numbers sold per region. */
          class SalesWidget { void count() {} }
          """, false)).containsEntry("count", "none");
        assertThat(sources("""
          /** Dashboard numbers bought from Twilio for the pilot. */
          class TwilioPool { void buy() {} }
          """, false)).containsEntry("buy", "none");
    }

    /** A class comment that says the class holds the Dashboard's search results or data. */
    @Test
    void classCommentNamingTheDashboardsResults() {
        assertThat(sources("""
          /** A number offered to the customer in the number picker, built from Dashboard search results. */
          class AvailableNumberView { void of() {} }
          """, false)).containsEntry("of", "API_RESPONSE");
        assertThat(sources("""
          /** Caches Dashboard data for the NOC screens. */
          class InventoryCache { void put() {} }
          """, false)).containsEntry("put", "API_RESPONSE");
        assertThat(sources("""
          /** Our own port activity, kept in our database (not Dashboard data). */
          class PortLedger { void add() {} }
          """, false)).containsEntry("add", "none");
    }

    /** A comment that denies the Dashboard, or only compares with it, does not make the class the Dashboard's. */
    @Test
    void classCommentDenyingTheDashboard() {
        assertThat(sources("""
          /** Our sales markets. Sales quotes by market, so this is the team's own data, not the Dashboard's. */
          class AreaCodeRegistry { void market() {} }
          """, false)).containsEntry("market", "none");
        assertThat(sources("""
          /** Our own CRM service. Its REST API happens to look a lot like the Dashboard's, which confuses new hires. */
          class CrmClient { void site() {} }
          """, false)).containsEntry("site", "none");
        assertThat(sources("""
          /** Not thread-safe. Reads the Dashboard's inserviceNumbers answer. */
          class InventoryReader { void read() {} }
          """, false)).containsEntry("read", "API_RESPONSE");
    }

    @Test
    void unrelatedClassesDoNotTalk() {
        assertThat(sources("""
          class Customer {
              String phone;
              String[] row(String line) { return line.split(","); }
              String area() { return phone.substring(0, 3); }
          }
          """, false)).containsEntry("row", "none").containsEntry("area", "none");
        assertThat(sources("class Dto { String areaCode; String telephoneNumber; void d() {} }", false)).containsEntry("d", "none");
    }
}
