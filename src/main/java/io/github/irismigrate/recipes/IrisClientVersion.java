package io.github.irismigrate.recipes;

import io.github.irismigrate.analysis.JavaArgs;
import io.github.irismigrate.analysis.ApiTarget;
import io.github.irismigrate.analysis.DashboardUrl;
import io.github.irismigrate.analysis.IrisSdk;
import io.github.irismigrate.catalog.Rule;
import org.jspecify.annotations.Nullable;
import org.openrewrite.ExecutionContext;
import org.openrewrite.Tree;
import org.openrewrite.TreeVisitor;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaSourceFile;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.Space;
import org.openrewrite.marker.Markers;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Iris SDK half of BW001. The SDK sets its request path to {@code "/" + version + "/accounts/..."}, replacing
 * whatever path the base URI has, and its three-argument constructor uses version {@code v1.0}. So
 * {@code new IrisClient(accountId, user, password)} and {@code new IrisClient(uri, accountId, user, password, "v1.0")}
 * become {@code new IrisClient("https://dashboard.bandwidth.com", accountId, user, password, "api/v2")}; a
 * non-literal URI is kept as it is and only the version changes; a non-literal version is flagged.
 */
final class IrisClientVersion {
    private static final Set<String> V1_VERSIONS = Set.of("v1.0", "v1", "api", "api/v1", "api/v1.0", "/v1.0", "");

    private final boolean fix;

    IrisClientVersion(boolean fix) {
        this.fix = fix;
    }

    TreeVisitor<?, ExecutionContext> visitor() {
        return new JavaIsoVisitor<ExecutionContext>() {
            @Override
            public J.NewClass visitNewClass(J.NewClass newClass, ExecutionContext ctx) {
                J.NewClass nc = super.visitNewClass(newClass, ctx);
                JavaSourceFile cu = getCursor().firstEnclosing(JavaSourceFile.class); // Java or Kotlin
                if (cu == null || !IrisSdk.is(nc.getType(), nc.getClazz(), IrisSdk.CLIENT, cu)) {
                    return nc;
                }
                return constructorCall(nc, JavaArgs.real(nc.getArguments()), nc::withArguments);
            }

            /** {@code super(accountId, user, password)} in a class that extends the SDK's client. */
            @Override
            public J.MethodInvocation visitMethodInvocation(J.MethodInvocation method, ExecutionContext ctx) {
                J.MethodInvocation m = super.visitMethodInvocation(method, ctx);
                if (!m.getSimpleName().equals("super") || m.getSelect() != null) {
                    return m;
                }
                JavaSourceFile cu = getCursor().firstEnclosing(JavaSourceFile.class); // Java or Kotlin
                J.ClassDeclaration cd = getCursor().firstEnclosing(J.ClassDeclaration.class);
                if (cu == null || cd == null || cd.getExtends() == null
                        || !IrisSdk.is(cd.getExtends().getType(), cd.getExtends(), IrisSdk.CLIENT, cu)) {
                    return m;
                }
                return constructorCall(m, JavaArgs.real(m.getArguments()), m::withArguments);
            }
        };
    }

    private <T extends J> T constructorCall(T call, List<Expression> args, java.util.function.Function<List<Expression>, T> withArgs) {
        if (args.size() == 3) {
            return threeArgs(call, args, withArgs);
        }
        if (args.size() == 5) {
            return fiveArgs(call, args, withArgs);
        }
        return call;
    }

    private <T extends J> T threeArgs(T nc, List<Expression> args, java.util.function.Function<List<Expression>, T> withArgs) {
        String message = Rule.BW001.message(
                "new IrisClient(accountId, user, password) sends every request to https://dashboard.bandwidth.com/v1.0/, the v1 API",
                "use new IrisClient(\"https://dashboard.bandwidth.com\", accountId, user, password, \"api/v2\")");
        if (!fix) {
            return PlanApplier.mark(nc, List.of(flag(nc, message, true)));
        }
        List<Expression> next = new ArrayList<>();
        next.add(literal(IrisSdk.DEFAULT_HOST, args.get(0).getPrefix()));
        for (Expression a : args) {
            next.add(a == args.get(0) ? a.withPrefix(Space.SINGLE_SPACE) : a);
        }
        next.add(literal(IrisSdk.V2_VERSION, Space.SINGLE_SPACE));
        return withArgs.apply(next);
    }

    private <T extends J> T fiveArgs(T nc, List<Expression> args, java.util.function.Function<List<Expression>, T> withArgs) {
        Expression uri = args.get(0);
        Expression version = args.get(4);
        if (!(version instanceof J.Literal vl) || !(vl.getValue() instanceof String v)) {
            if (uri instanceof J.Literal ul && ul.getValue() instanceof String u && DashboardUrl.classify(u) != ApiTarget.DASHBOARD
                    && DashboardUrl.classify(u) != ApiTarget.DASHBOARD_LEGACY) {
                return nc;
            }
            return PlanApplier.mark(nc, List.of(flag(nc, Rule.BW001.message(
                    "the SDK sends requests to \"/\" + version + \"/accounts/...\", and this version is not a literal the tool can check",
                    "make the version argument \"api/v2\" and the URI just the host, https://dashboard.bandwidth.com"), false)));
        }
        if (v.equals(IrisSdk.V2_VERSION)) {
            return nc;
        }
        String host = null;
        if (uri instanceof J.Literal ul && ul.getValue() instanceof String u) {
            ApiTarget t = DashboardUrl.classify(u);
            if (t == ApiTarget.DASHBOARD_LEGACY) {
                return PlanApplier.mark(nc, List.of(flag(nc, Rule.BW001.message(
                        "the legacy host " + u + " serves only v1 of the Dashboard API",
                        "use new IrisClient(\"https://dashboard.bandwidth.com\", accountId, user, password, \"api/v2\")"), false)));
            }
            if (t != ApiTarget.DASHBOARD) {
                return nc; // another API or a test server: not the Dashboard
            }
            host = hostOnly(u);
        }
        if (!V1_VERSIONS.contains(v.toLowerCase(Locale.ROOT))) {
            return PlanApplier.mark(nc, List.of(flag(nc, Rule.BW001.message(
                    "the SDK sends requests to \"/" + v + "/accounts/...\", which is not the v2 path /api/v2/",
                    "make the version argument \"api/v2\""), false)));
        }
        String message = Rule.BW001.message(
                "the SDK sends requests to \"/" + v + "/accounts/...\", the v1 API",
                host == null ? "make the version argument \"api/v2\""
                        : "use new IrisClient(\"" + host + "\", accountId, user, password, \"api/v2\")");
        if (!fix) {
            return PlanApplier.mark(nc, List.of(flag(nc, message, true)));
        }
        List<Expression> next = new ArrayList<>(args);
        if (host != null && !host.equals(((J.Literal) uri).getValue())) {
            next.set(0, literal(host, uri.getPrefix()));
        }
        next.set(4, literal(IrisSdk.V2_VERSION, version.getPrefix()));
        return withArgs.apply(next);
    }

    private static String hostOnly(String url) {
        try {
            URI u = URI.create(url.trim());
            if (u.getScheme() != null && u.getHost() != null) {
                return u.getScheme() + "://" + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "");
            }
        } catch (IllegalArgumentException ignored) {
            // fall through
        }
        return IrisSdk.DEFAULT_HOST;
    }

    private static PlannedFinding flag(J tree, String message, boolean fixable) {
        return new PlannedFinding(Rule.BW001, new io.github.irismigrate.analysis.Origin("", tree.getId()), message, null, fixable);
    }

    static J.Literal literal(String value, Space prefix) {
        return new J.Literal(Tree.randomId(), prefix, Markers.EMPTY, value, "\"" + value + "\"", null, JavaType.Primitive.String);
    }

    static @Nullable String stringValue(Expression e) {
        return e instanceof J.Literal l && l.getValue() instanceof String s ? s : null;
    }
}
