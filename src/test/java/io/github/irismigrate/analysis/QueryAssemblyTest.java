package io.github.irismigrate.analysis;

import org.junit.jupiter.api.Test;
import org.openrewrite.ExecutionContext;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.JavaParser;
import org.openrewrite.java.tree.J;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QueryAssemblyTest {

    static J.CompilationUnit parse(String source) {
        return JavaParser.fromJavaVersion().classpath("bandwidth-java-iris-sdk").build()
          .parse(new InMemoryExecutionContext(), source).map(J.CompilationUnit.class::cast).findFirst().orElseThrow();
    }

    @Test
    void textQueryParametersAndTheirPlaces() {
        String flat = "https://dashboard.bandwidth.com/api/v2/accounts/1/inserviceNumbers?page=1&areaCode=919#top";
        QueryAssembly.TextQuery q = QueryAssembly.ofText(flat);
        assertThat(q.params()).extracting(QueryAssembly.Param::name).containsExactly("page", "areaCode");
        assertThat(q.has("countryCodeA3")).isFalse();
        QueryAssembly.Param ac = q.areaCodes().get(0);
        assertThat(flat.substring(ac.start(), ac.end())).isEqualTo("areaCode");
        assertThat(QueryAssembly.TextQuery.countryBefore("USA")).isEqualTo("countryCodeA3=USA&");
    }

    @Test
    void textQueryWithHolesLowerCaseAndCountry() {
        String hole = String.valueOf(AssembledText.HOLE);
        assertThat(QueryAssembly.ofText(hole + "&areacode=" + hole).areaCodes()).hasSize(1);
        assertThat(QueryAssembly.ofText("/x?countryCodeA3=USA&areaCode=919").has("countryCodeA3")).isTrue();
        assertThat(QueryAssembly.ofText("/customers/areaCode").params()).isEmpty();
        assertThat(QueryAssembly.ofText("areaCode").params()).isEmpty();
    }

    @Test
    void builderChainParameters() {
        J.CompilationUnit cu = parse("""
          class B {
              Object b(org.apache.http.client.utils.URIBuilder u, String ac) {
                  return u.addParameter("page", "1").addParameter("areaCode", ac).addParameter("countryCodeA3", "USA").toString();
              }
          }
          """);
        List<List<String>> chains = new ArrayList<>();
        new JavaIsoVisitor<ExecutionContext>() {
            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, ExecutionContext ctx) {
                if ("areaCode".equals(QueryAssembly.nameOf(m))) {
                    chains.add(QueryAssembly.chainOf(m, getCursor()).stream().map(QueryAssembly.ParamCall::name).toList());
                }
                return super.visitMethodInvocation(m, ctx);
            }
        }.visit(cu, new InMemoryExecutionContext());
        assertThat(chains).containsExactly(List.of("page", "areaCode", "countryCodeA3"));
    }

    @Test
    void queryMapsHandedToTheSdkOrAnHttpClient() {
        J.CompilationUnit cu = parse("""
          import com.bandwidth.iris.sdk.IrisClient;
          import com.bandwidth.iris.sdk.model.AvailableNumbers;
          import com.bandwidth.iris.sdk.model.InserviceNumber;
          import java.util.HashMap;
          import java.util.Map;
          class M {
              void m(IrisClient client, java.util.function.BiFunction<String, Map<String, Object>, String> http) throws Exception {
                  Map<String, Object> query = new HashMap<>();
                  query.put("areaCode", "919");
                  query.put("quantity", 5);
                  AvailableNumbers.search(client, query);
                  InserviceNumber.list(client, Map.of("areacode", "919", "countryCodeA3", "USA"));
                  Map<String, Object> model = new HashMap<>();
                  model.put("areaCode", "919");
              }
          }
          """);
        J.MethodDeclaration md = (J.MethodDeclaration) cu.getClasses().get(0).getBody().getStatements().get(0);
        List<QueryAssembly.MapQuery> maps = QueryAssembly.mapsIn(md, cu, QueryAssembly.KeyNames.LITERALS, (m, i) -> false, (m, i) -> false);
        assertThat(maps).hasSize(2);
        assertThat(maps.get(0).variable()).isEqualTo("query");
        assertThat(maps.get(0).toDashboard()).isTrue();
        assertThat(maps.get(0).areaCodes()).hasSize(1);
        assertThat(maps.get(0).has("countryCodeA3")).isFalse();
        assertThat(maps.get(1).variable()).isNull();
        assertThat(maps.get(1).areaCodes()).extracting(QueryAssembly.MapEntry::name).containsExactly("areacode");
        assertThat(maps.get(1).has("countryCodeA3")).isTrue();
    }
}
