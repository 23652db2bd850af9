package io.github.irismigrate.recipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.irismigrate.analysis.IrisSdk;
import io.github.irismigrate.analysis.ProjectFacts;
import io.github.irismigrate.catalog.Rule;
import org.jspecify.annotations.Nullable;
import org.openrewrite.ExecutionContext;
import org.openrewrite.TreeVisitor;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaSourceFile;
import org.openrewrite.java.tree.JavaType;

import java.util.List;
import java.util.Map;

/**
 * BW011 sdk-endpoint-stuck-on-v1: the Iris SDK's static {@code ImportTnOrder.*} and {@code RemoveImportedTnOrder.*}
 * calls build {@code /importTnOrders} and {@code /removeImportedTnOrders} paths; the SDK has no {@code /messaging}
 * route, so these calls are flagged with the raw request to make instead.
 */
public class SdkEndpointStuckOnV1 extends IrisRecipe {
    private static final Map<String, String> COLLECTIONS = Map.of(
            IrisSdk.MODEL_PACKAGE + ".ImportTnOrder", "importTnOrders",
            IrisSdk.MODEL_PACKAGE + ".RemoveImportedTnOrder", "removeImportedTnOrders");

    @JsonCreator
    public SdkEndpointStuckOnV1(@JsonProperty("reportOnly") @Nullable Boolean reportOnly) {
        super(reportOnly);
    }

    public SdkEndpointStuckOnV1() {
        this(null);
    }

    @Override
    public Rule rule() {
        return Rule.BW011;
    }

    @Override
    protected TreeVisitor<?, ExecutionContext> treeVisitor(ProjectFacts facts) {
        return new JavaIsoVisitor<ExecutionContext>() {
            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation method, ExecutionContext ctx) {
                J.MethodInvocation m = super.visitMethodInvocation(method, ctx);
                JavaSourceFile cu = getCursor().firstEnclosing(JavaSourceFile.class); // Java or Kotlin
                if (cu == null) {
                    return m;
                }
                String owner = sdkOwner(m, cu);
                if (owner == null) {
                    return m;
                }
                return flag(m, owner, m.getSimpleName());
            }

            /** {@code ImportTnOrder::GetHistory}, handed to a retry helper: the same call, made later. */
            @Override
            public J.MemberReference visitMemberReference(J.MemberReference memberRef, ExecutionContext ctx) {
                J.MemberReference r = super.visitMemberReference(memberRef, ctx);
                JavaType.Method mt = r.getMethodType();
                if (mt == null || !mt.hasFlags(org.openrewrite.java.tree.Flag.Static)
                        || !COLLECTIONS.containsKey(mt.getDeclaringType().getFullyQualifiedName())) {
                    return r;
                }
                return flag(r, mt.getDeclaringType().getFullyQualifiedName(), mt.getName());
            }
        };
    }

    /** Marks {@code tree}, a call or a reference of {@code method} of the SDK's {@code owner}, with its finding. */
    private static <T extends J> T flag(T tree, String owner, String method) {
        PlannedFinding f = new PlannedFinding(Rule.BW011, new io.github.irismigrate.analysis.Origin("", tree.getId()),
                message(owner.substring(owner.lastIndexOf('.') + 1), method, COLLECTIONS.get(owner)), null);
        return PlanApplier.mark(tree, List.of(f));
    }

    private static @Nullable String sdkOwner(J.MethodInvocation m, JavaSourceFile cu) {
        JavaType.Method mt = m.getMethodType();
        if (mt != null && COLLECTIONS.containsKey(mt.getDeclaringType().getFullyQualifiedName())) {
            return mt.hasFlags(org.openrewrite.java.tree.Flag.Static) ? mt.getDeclaringType().getFullyQualifiedName() : null;
        }
        if (m.getSelect() instanceof J.Identifier id && Character.isUpperCase(m.getSimpleName().charAt(0))) {
            for (String fqn : COLLECTIONS.keySet()) {
                if (id.getSimpleName().equals(fqn.substring(fqn.lastIndexOf('.') + 1))
                        && IrisSdk.is(id.getType(), id, fqn, cu)) {
                    return fqn;
                }
            }
        }
        if (m.getSelect() instanceof J.FieldAccess fa && COLLECTIONS.containsKey(fa.toString())) {
            return fa.toString();
        }
        if (m.getSelect() == null && mt == null && Character.isUpperCase(m.getSimpleName().charAt(0))) {
            // import static com.bandwidth.iris.sdk.model.ImportTnOrder.Create; ... Create(client, order)
            for (J.Import imp : cu.getImports()) {
                String owner = imp.getQualid().getTarget().toString();
                String member = imp.getQualid().getSimpleName();
                if (imp.isStatic() && COLLECTIONS.containsKey(owner) && (member.equals(m.getSimpleName()) || member.equals("*"))) {
                    return owner;
                }
            }
        }
        return null;
    }

    static String message(String type, String method, String collection) {
        String uri = "client.buildAccountModelUri(new String[]{\"" + collection + "\", \"messaging\"";
        String request = switch (method) {
            case "Create" -> "client.post(" + uri + "}), order)";
            case "List" -> "client.get(" + uri + "}, query), " + (collection.startsWith("import") ? "ImportTnOrders" : "RemoveImportedTnOrders") + ".class)";
            case "Get" -> "client.get(" + uri + ", orderId}), " + type + ".class)";
            case "GetHistory" -> "client.get(" + uri + ", orderId, \"history\"}), OrderHistoryWrapper.class)";
            default -> "the same request through client.get/post/put/delete on " + uri + ", orderId, \"loas\", ...})";
        };
        return Rule.BW011.message(
                type + "." + method + " sends to /accounts/{id}/" + collection + ", which v2 moved to /" + collection
                        + "/messaging, and the SDK has no route there",
                "make the request through the client instead: " + request);
    }
}
