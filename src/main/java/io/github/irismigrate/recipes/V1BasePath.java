package io.github.irismigrate.recipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.irismigrate.analysis.ApiTarget;
import io.github.irismigrate.analysis.DashboardUrl;
import io.github.irismigrate.analysis.ProjectFacts;
import io.github.irismigrate.analysis.SourcePaths;
import io.github.irismigrate.catalog.Rule;
import org.jspecify.annotations.Nullable;
import org.openrewrite.ExecutionContext;
import org.openrewrite.TreeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.irismigrate.recipes.UrlPatterns.AFTER_UNKNOWN_BASE;
import static io.github.irismigrate.recipes.UrlPatterns.HOLE;
import static io.github.irismigrate.recipes.UrlPatterns.SEGMENT_END;

/**
 * BW001 v1-base-path: {@code dashboard.bandwidth.com/api/} without a version, {@code /api/v1/} and {@code /v1.0/}
 * become {@code /api/v2/}; path fragments that carry the version alone ({@code "/api/accounts/"}) too, where the
 * code talks to the Dashboard API; legacy {@code api.inetwork.com} hosts are flagged. The Iris SDK's
 * {@code IrisClient} constructors are handled by {@link IrisClientVersion}.
 */
public class V1BasePath extends IrisRecipe {
    private static final Pattern DASHBOARD_V1 = Pattern.compile(
            "(?i:(?:test\\.)?dashboard\\.bandwidth\\.com)(?::\\d+)?(/api/v1(?:\\.0)?|/v1(?:\\.0)?|/api(?!/v\\d))" + SEGMENT_END);
    private static final Pattern LEGACY = Pattern.compile("(?i)api(\\.test)?\\.inetwork\\.com(?::\\d+)?(?:/v1(?:\\.0)?)?");
    /** A URL template's host given elsewhere: {@code "https://%s/v1.0/accounts/%s/orders"}, {@code "https://{host}/api/accounts"}. */
    private static final String AFTER_UNKNOWN_HOST = "^https?://(?:%(?:\\d+\\$)?s|\\{[\\w.-]*})";
    private static final Pattern FRAGMENT = Pattern.compile("(?:" + AFTER_UNKNOWN_BASE + "|" + AFTER_UNKNOWN_HOST + ")"
            + "(/api/v1(?:\\.0)?|/api(?!/v\\d)|/v1\\.0|/v1)(?=/(?:accounts|tns|cities|rateCenters|coveredRateCenters)" + SEGMENT_END + ")");

    /**
     * A configured base path that is a v1 version alone ({@code dashboard.basePath=/v1.0}, {@code base-path: /api}),
     * which code puts between the host and the resource paths.
     */
    private static final Pattern VERSION_ONLY = Pattern.compile("\\s*(/api/v1(?:\\.0)?|/api|/v1\\.0|/v1)/?\\s*");
    /** The last segment of a key that holds a base path ({@code basePath}, {@code base-path}, {@code api-prefix}, {@code context}). */
    private static final Pattern BASE_PATH_KEY = Pattern.compile("(?i)[\\w-]*(?:base|path|prefix|context|root)[\\w-]*");

    /** A v1 prefix of the account's resources, as a path on a legacy host has it. */
    private static final Pattern LEGACY_PATH = Pattern.compile("(/v1\\.0|/v1|/api)(?=/accounts" + SEGMENT_END + ")");

    @JsonCreator
    public V1BasePath(@JsonProperty("reportOnly") @Nullable Boolean reportOnly) {
        super(reportOnly);
    }

    public V1BasePath() {
        this(null);
    }

    @Override
    public Rule rule() {
        return Rule.BW001;
    }

    /**
     * A mock server's base that copies v1's layout: {@code server.url("/api")}, {@code "http://localhost:8089/api"},
     * {@code "http://localhost:" + server.getPort() + "/api"}, {@code http://localhost:${mock.port:18089}/api}.
     */
    private static final Pattern MOCK_V1_BASE = Pattern.compile("(?:https?://(?:localhost|127\\.0\\.0\\.1)(?::(?:\\d+|"
            + HOLE + "|\\$\\{[^}]*}))?)?/api/?");

    /**
     * Test files that give the client a mock server's base ending in {@code /api}: the {@code /api} of the paths they
     * assert the mock received comes from that base, not from the code under test, so it is flagged, not rewritten
     * (the test would fail while the base stays {@code /api}). The base is
     * set in the test file itself or in a test helper the file holds ({@code MockDashboard dashboard = new
     * MockDashboard()}). (A base in the tests' configuration is not enough: which tests use it, and which paths of
     * theirs come from it, the configuration does not say.)
     */
    private static java.util.Set<String> testsWithMockV1Base(ProjectFacts facts) {
        java.util.Set<String> bases = new java.util.HashSet<>();
        for (ProjectFacts.ResolvedRoot rr : facts.resolvedRoots()) {
            String path = rr.root().sourcePath();
            if (SourcePaths.isTest(path) && rr.root().kind() != io.github.irismigrate.analysis.RootKind.CONFIG
                    && MOCK_V1_BASE.matcher(rr.text().flat()).matches()) {
                bases.add(path);
            }
        }
        java.util.Set<String> out = new java.util.HashSet<>(bases);
        if (!bases.isEmpty()) {
            out.addAll(facts.filesUsingTypesOf(bases));
        }
        return out;
    }

    @Override
    protected List<PlannedFinding> plan(RuleContext context) {
        List<PlannedFinding> out = new ArrayList<>();
        java.util.Set<String> mockV1Bases = testsWithMockV1Base(context.facts());
        List<ProjectFacts.ResolvedRoot> fragments = new ArrayList<>();
        for (ProjectFacts.ResolvedRoot rr : context.facts().resolvedRoots()) {
            String flat = rr.text().flat();
            ApiTarget target = rr.target();
            if (target.isElsewhere()) {
                continue;
            }
            Matcher m = DASHBOARD_V1.matcher(flat);
            while (m.find()) {
                String path = m.group(1);
                boolean versionFromElsewhere = flat.startsWith("/" + HOLE, m.end());
                String message = Rule.BW001.message(
                        "v2 of the Dashboard API lives under /api/v2/, and " + path + " is v1",
                        versionFromElsewhere ? "make the version that follows " + path + " resolve to /api/v2"
                                : "use https://dashboard.bandwidth.com/api/v2 (" + path + " becomes /api/v2)");
                add(out, rr, m.start(1), m.end(1), versionFromElsewhere ? null : "/api/v2", message);
            }
            Matcher l = LEGACY.matcher(flat);
            while (l.find()) {
                if (l.start() > 0 && Character.isLetterOrDigit(flat.charAt(l.start() - 1))) {
                    continue; // api.catapult.inetwork.com and the like are other APIs
                }
                if (rr.root().kind() == io.github.irismigrate.analysis.RootKind.CONFIG && l.group().equals(flat.trim())) {
                    continue; // a host name alone ("legacyHost": "api.inetwork.com"): reported where a URL is built on it
                }
                String v2 = l.group(1) != null ? "https://test.dashboard.bandwidth.com/api/v2" : DashboardUrl.V2_BASE;
                PlannedFinding host = finding(Rule.BW001, rr.text(), l.start(), l.end(), null, Rule.BW001.message(
                        "the legacy host " + l.group() + " serves only v1 of the Dashboard API",
                        "point this base URL at " + v2 + " (check credentials and any path after it)"));
                if (host != null) {
                    out.add(host);
                }
                // new URIBuilder(legacyBase).setPath("/v1.0/accounts/" + id): a version prefix of another text
                Matcher version = LEGACY_PATH.matcher(flat);
                version.region(l.start(), flat.length());
                while (version.find()) {
                    PlannedFinding path = finding(Rule.BW001, rr.text(), version.start(1), version.end(1), null, Rule.BW001.message(
                            "this path starts with " + version.group(1) + " for the legacy host " + l.group()
                                    + ", which serves only v1 of the Dashboard API",
                            "point the base URL at " + v2 + " and change " + version.group(1) + " to /api/v2"));
                    if (path != null && (host == null || !host.anchor().sameLeaf(path.anchor()))) {
                        out.add(path);
                    }
                }
            }
            if (target == ApiTarget.UNKNOWN && context.reachesDashboard(rr)) {
                if (FRAGMENT.matcher(flat).find()) {
                    fragments.add(rr);
                }
                Matcher v = VERSION_ONLY.matcher(flat);
                String key = rr.root().configKey();
                if (rr.root().kind() == io.github.irismigrate.analysis.RootKind.CONFIG && key != null && v.matches()
                        && BASE_PATH_KEY.matcher(rr.root().configLeaf()).matches()
                        && context.configGroupHoldsDashboardUrl(rr.root().sourcePath(), key)) {
                    add(out, rr, v.start(1), v.end(1), "/api/v2", Rule.BW001.message(
                            "this configured Dashboard base path is " + v.group(1) + ", v1's, which the code puts before "
                                    + "the account's resource paths; v2 lives under /api/v2/",
                            "change " + v.group(1) + " to /api/v2"));
                }
            }
        }
        // a test that holds a class whose own text carries the v1 prefix (a client's @Client(path = "/api/accounts/..")):
        // what it asserts comes from that text too, which is rewritten
        List<Fragment> planned = new ArrayList<>();
        for (ProjectFacts.ResolvedRoot rr : fragments) {
            Matcher f = FRAGMENT.matcher(rr.text().flat());
            while (f.find()) {
                List<PlannedFinding> one = new ArrayList<>();
                add(one, rr, f.start(1), f.end(1), "/api/v2", Rule.BW001.message(
                        "this Dashboard API path starts with the v1 prefix " + f.group(1) + ", and v2 lives under /api/v2/",
                        "change " + f.group(1) + " to /api/v2"));
                int start = f.start(1);
                int end = f.end(1);
                one.forEach(p -> planned.add(new Fragment(p, rr, start, end, f.group(1).equals("/api"))));
            }
        }
        java.util.Set<String> ownV1Texts = new java.util.HashSet<>();
        planned.stream().map(p -> p.finding().anchor().sourcePath()).filter(p -> !SourcePaths.isTest(p)).forEach(ownV1Texts::add);
        mockV1Bases.removeAll(context.facts().filesUsingTypesOf(ownV1Texts));
        for (Fragment p : planned) {
            // what a mock's /api base gives is flagged, not rewritten; a /v1.0 of the same test comes from elsewhere
            if (!(p.apiPrefix() && mockV1Bases.contains(p.root().root().sourcePath()))) {
                out.add(p.finding());
            } else {
                add(out, p.root(), p.start(), p.end(), null, MOCK_BASE_PATH_MESSAGE);
            }
        }
        return out;
    }

    /**
     * A finding on a path fragment's v1 prefix, the text it was read in and where the prefix is in it (for the flag a
     * path a test's mock base gives gets instead), and whether the prefix is {@code /api}.
     */
    private record Fragment(PlannedFinding finding, ProjectFacts.ResolvedRoot root, int start, int end, boolean apiPrefix) {
    }

    private static final String MOCK_BASE_PATH_MESSAGE = Rule.BW001.message(
            "this path the test's mock server is asserted to receive starts with /api, v1's prefix, which the "
                    + "mock's own base URL (ending in /api) gives it; v2 lives under /api/v2/",
            "not rewritten, as that would break the test while its mock's base stays /api: change the mock's "
                    + "base to end in /api/v2 and this path with it");

    private static void add(List<PlannedFinding> out, ProjectFacts.ResolvedRoot rr, int start, int end,
                            @Nullable String replacement, String message) {
        PlannedFinding f = finding(Rule.BW001, rr.text(), start, end, replacement, message);
        if (f != null) {
            out.add(f);
        }
    }

    @Override
    protected @Nullable TreeVisitor<?, ExecutionContext> treeVisitor(ProjectFacts facts) {
        return new IrisClientVersion(fixing()).visitor();
    }
}
