package io.github.irismigrate.recipes;

import io.github.irismigrate.analysis.ApiTarget;
import io.github.irismigrate.analysis.DashboardUrl;
import io.github.irismigrate.analysis.Origin;
import io.github.irismigrate.analysis.Part;
import io.github.irismigrate.analysis.ProjectFacts;
import io.github.irismigrate.analysis.RootKind;

import java.util.HashSet;
import java.util.Set;

/** What a rule may ask while planning: which files talk to the Dashboard API. */
public final class RuleContext {
    private final ProjectFacts facts;
    private final Set<String> dashboardFiles;
    private final Set<String> filesNamingOtherHosts = new HashSet<>();

    RuleContext(ProjectFacts facts) {
        this.facts = facts;
        this.dashboardFiles = facts.dashboardFiles();
        filesNamingOtherHosts.addAll(facts.filesWithOtherHosts());
        // a client interface whose proxy is built on another API's base URL, in another file
        filesNamingOtherHosts.addAll(facts.filesOfClientsOfOtherApis());
    }

    public ProjectFacts facts() {
        return facts;
    }

    /** True when the file shows it talks to the Dashboard API (a Dashboard URL, the SDK, an Iris-only path). */
    public boolean isDashboardFile(String path) {
        return dashboardFiles.contains(path);
    }

    /** True when any file of the project talks to the Dashboard API. */
    public boolean projectTalksToDashboard() {
        return !dashboardFiles.isEmpty();
    }

    /**
     * True when a root goes to the Dashboard API: its host is a Dashboard host, or it has no host and its file talks
     * to the Dashboard, or it is a client interface's mapping (Feign, Retrofit, ...) in a project that talks to the
     * Dashboard and the interface's file names no other host (its base URL is configured elsewhere).
     */
    public boolean reachesDashboard(ProjectFacts.ResolvedRoot rr) {
        if (rr.target().isDashboard()) {
            return true;
        }
        if (rr.target() != ApiTarget.UNKNOWN || relativeToAnotherHost(rr)) {
            return false;
        }
        String path = rr.root().sourcePath();
        if (rr.root().kind() == RootKind.CONFIG) {
            // a path only the Dashboard has (a WireMock mapping's "urlPath": "/api/accounts/1/inserviceNumbers")
            return configGroupTalksToDashboard(path, rr.root().configKey())
                    || DashboardUrl.hasIrisOnlyPath(rr.text().flat())
                    || dashboardRouteFiles().contains(path) && DASHBOARD_ACCOUNT_RESOURCE.matcher(rr.text().flat()).find()
                    || isStubOfADashboardRequest(path, rr.root().configLeaf(), rr.text().flat());
        }
        Boolean injectedDefault = injectedDefaultVerdict(rr.text().flat());
        if (injectedDefault != null) {
            return injectedDefault;
        }
        if (pathConfiguredForAnotherHost(rr)) {
            return false;
        }
        return isDashboardFile(path) || rr.subclassFile() != null && isDashboardFile(rr.subclassFile())
                || facts.testsOfDashboardClasses().contains(path)
                || rr.root().kind() == RootKind.CLIENT_MAPPING && projectTalksToDashboard()
                && !filesNamingOtherHosts.contains(path);
    }

    /**
     * A path without a base ({@code rest.post().uri("/accounts/{sid}/importTnOrders", sid)}) in code of a file whose
     * URLs all go to other vendors' APIs ({@code baseUrl("https://api.voxtrunk.net/v1")}; not a local mock server's,
     * not in tests) and none to Bandwidth: that client's path, not the Dashboard's, even where it looks like one of
     * the Dashboard's own.
     */
    public boolean relativeToAnotherHost(ProjectFacts.ResolvedRoot rr) {
        return rr.target() == ApiTarget.UNKNOWN && rr.root().kind() != RootKind.CONFIG && rr.text().flat().startsWith("/")
                && facts.onlyForeignHosts(rr.root().sourcePath());
    }

    /** An injected value with its default, as written: {@code ${dashboard.paths.e911:/accounts/{accountId}/addresses}}. */
    private static final java.util.regex.Pattern INJECTED_DEFAULT = java.util.regex.Pattern.compile("^\\$\\{([\\w.\\-\\[\\]]+):.+}$");

    /**
     * Whose is a path given as the default of an injected value
     * ({@code @Value("${acme.dashboard.paths.e911:/accounts/{id}/addresses}")}), used wherever the key is not set: the
     * Dashboard's when its key names the Dashboard or the configuration files set it in a group that talks to the
     * Dashboard (true), another host's when they set it among that host's settings (false); null when the text is no
     * such default or nothing decides.
     */
    private @org.jspecify.annotations.Nullable Boolean injectedDefaultVerdict(String flat) {
        java.util.regex.Matcher m = INJECTED_DEFAULT.matcher(flat);
        if (!m.matches()) {
            return null;
        }
        String key = m.group(1);
        Boolean verdict = configGroupVerdict("", key);
        if (verdict != null) {
            return verdict;
        }
        for (ProjectFacts.ResolvedRoot r : facts.resolvedRoots()) {
            if (r.root().kind() == RootKind.CONFIG && key.equals(r.root().configKey())) {
                verdict = configGroupVerdict(r.root().sourcePath(), key);
                if (verdict != null) {
                    return verdict;
                }
            }
        }
        return null;
    }

    /** The keys of a WireMock stub mapping's request that hold its URL; {@code url} alone is too common a key. */
    private static final java.util.Set<String> STUB_URL_KEYS = java.util.Set.of("urlPath", "urlPattern", "urlPathPattern", "url");
    /** An account resource of the Dashboard's, after its v1 or v2 prefix: {@code /api/accounts/9900417/addresses}. */
    private static final java.util.regex.Pattern DASHBOARD_ACCOUNT_RESOURCE = java.util.regex.Pattern.compile(
            "^(?:/api(?:/v[\\d.]+)?|/v1\\.0)?/accounts/[^/]+/(?:addresses|orders|sites|tns|portins|portouts|subscriptions"
                    + "|reports|availableNumbers|disconnects|reservations|lnpchecker)(?:[/?]|$)");

    /**
     * A WireMock stub mapping ({@code "request": {"urlPath": "/api/accounts/9900417/addresses"}} in a JSON file of
     * the tests' mappings) for an account resource of the Dashboard, in a project that talks to it: a stub stands for
     * a service the project calls, not for its own endpoints, so the path is the Dashboard's.
     */
    private boolean isStubOfADashboardRequest(String path, @org.jspecify.annotations.Nullable String key, String flat) {
        if (key == null || !STUB_URL_KEYS.contains(key) || !path.endsWith(".json") || !projectTalksToDashboard()) {
            return false;
        }
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        boolean stubs = lower.contains("mappings/") || lower.contains("wiremock") || lower.contains("stubs/");
        return (stubs || !key.equals("url")) && io.github.irismigrate.analysis.SourcePaths.isTest(path)
                && DASHBOARD_ACCOUNT_RESOURCE.matcher(flat).find();
    }

    /**
     * A config file gathers many services, so a path-only value counts as a Dashboard path only when its key says so
     * ({@code iris}, {@code dashboard}) or the nearest group around it that holds a URL or a path only the Dashboard
     * has (its siblings, else its parent's, and so on up) holds a Dashboard URL or such a path, and no other host's:
     * {@code iris.base-url} and {@code iris.addresses-path} belong together, {@code server.addresses-path} does not,
     * and in {@code {"crm": {"base": "https://crm.example.com", "paths": {"addresses": ".."}}}} the paths are the CRM's.
     */
    private boolean configGroupTalksToDashboard(String path, @org.jspecify.annotations.Nullable String key) {
        return configGroupVerdict(path, key) == Boolean.TRUE;
    }

    /**
     * {@link #configGroupTalksToDashboard}'s walk: true when the key or its nearest deciding group says Dashboard, false
     * when that group holds another host's URL (the value is that host's), null when no group decides.
     */
    private @org.jspecify.annotations.Nullable Boolean configGroupVerdict(String path, @org.jspecify.annotations.Nullable String key) {
        if (key == null) {
            return null;
        }
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("iris") || lower.contains("dashboard")) {
            return true;
        }
        configGroups();
        // up from the siblings: their group decides when it holds a Dashboard URL, even beside another host's; a group
        // further up that holds both decides nothing for its descendants
        String group = parent(key);
        for (boolean siblings = true; ; siblings = false, group = parent(group)) {
            String g = path + "|" + group;
            if (dashboardConfigGroups.contains(g) && (siblings || !otherHostGroups.contains(g))) {
                return true;
            }
            if (otherHostGroups.contains(g)) {
                return false;
            }
            if (group.isEmpty()) {
                return null;
            }
        }
    }

    /**
     * True when the path of a code root is a configuration value that its file places among another host's settings
     * ({@code crm.base-url} beside {@code crm.paths.addresses}, injected with {@code @Value("${crm.paths.addresses}")}):
     * the configuration says whose path it is, whatever else the class talks to.
     */
    private boolean pathConfiguredForAnotherHost(ProjectFacts.ResolvedRoot rr) {
        Part.Known first = null;
        for (Part p : rr.text().parts()) {
            if (p instanceof Part.Known k && !k.text().isBlank()) {
                first = k;
                break;
            }
        }
        if (first == null || first.origin() == null || first.origin().sourcePath().equals(rr.root().sourcePath())) {
            return false;
        }
        Origin o = first.origin();
        for (ProjectFacts.ResolvedRoot r : configRootsOf(o.sourcePath())) {
            for (Part p : r.text().parts()) {
                if (p instanceof Part.Known k && k.origin() != null && k.origin().sameLeaf(o)) {
                    return configGroupVerdict(r.root().sourcePath(), r.root().configKey()) == Boolean.FALSE;
                }
            }
        }
        return false;
    }

    private java.util.@org.jspecify.annotations.Nullable Map<String, java.util.List<ProjectFacts.ResolvedRoot>> configRootsByFile;

    /** The configuration roots of file {@code path}. */
    private java.util.List<ProjectFacts.ResolvedRoot> configRootsOf(String path) {
        if (configRootsByFile == null) {
            configRootsByFile = new java.util.HashMap<>();
            for (ProjectFacts.ResolvedRoot r : facts.resolvedRoots()) {
                if (r.root().kind() == RootKind.CONFIG) {
                    configRootsByFile.computeIfAbsent(r.root().sourcePath(), k -> new java.util.ArrayList<>()).add(r);
                }
            }
        }
        return configRootsByFile.getOrDefault(path, java.util.List.of());
    }

    /**
     * True when a sibling of config key {@code key} (same parent) in file {@code path} holds a Dashboard URL:
     * {@code dashboard.host=https://dashboard.bandwidth.com} beside {@code dashboard.basePath}.
     */
    public boolean configGroupHoldsDashboardUrl(String path, String key) {
        configGroups();
        return dashboardUrlGroups.contains(path + "|" + parent(key));
    }

    /**
     * Configuration files that are a table of the Dashboard's routes: they hold a Dashboard URL and a path only the
     * Dashboard has ({@code base=https://dashboard.bandwidth.com/api} beside
     * {@code hosted.import=/accounts/{accountId}/importTnOrders}), and no URL of another host. Their account
     * resources ({@code e911.list=/accounts/{accountId}/addresses}) are the Dashboard's, whatever their keys say.
     */
    private java.util.Set<String> dashboardRouteFiles() {
        configGroups();
        return dashboardRouteFiles;
    }

    /** The configuration groups and files that talk to the Dashboard, read in one pass over the configuration roots. */
    private void configGroups() {
        if (dashboardConfigGroups != null) {
            return;
        }
        java.util.Set<String> groups = new java.util.HashSet<>();
        java.util.Set<String> urls = new java.util.HashSet<>();
        java.util.Set<String> urlFiles = new java.util.HashSet<>();
        java.util.Set<String> irisOnlyFiles = new java.util.HashSet<>();
        java.util.Set<String> elsewhereFiles = new java.util.HashSet<>();
        java.util.Set<String> otherHosts = new java.util.HashSet<>();
        for (ProjectFacts.ResolvedRoot r : facts.resolvedRoots()) {
            if (r.root().kind() != RootKind.CONFIG) {
                continue;
            }
            String file = r.root().sourcePath();
            boolean irisOnly = r.target() == ApiTarget.UNKNOWN && DashboardUrl.hasIrisOnlyPath(r.text().flat());
            if (r.target().isDashboard()) {
                urlFiles.add(file);
            } else if (r.target().isElsewhere()) {
                elsewhereFiles.add(file);
            } else if (irisOnly) {
                irisOnlyFiles.add(file);
            }
            // a Dashboard URL, or a path only the Dashboard has (the steps of a JSON smoke plan, each a "path")
            if (r.root().configKey() != null && (r.target().isDashboard() || irisOnly)) {
                String group = file + "|" + parent(r.root().configKey());
                groups.add(group);
                if (r.target().isDashboard()) {
                    urls.add(group);
                }
            } else if (r.root().configKey() != null && r.target().isElsewhere() && !parent(r.root().configKey()).endsWith("[]")) {
                // a URL of another host among the items of a list ("requests": [{"uri": "https://messaging.."}, ..])
                // is one item's; beside a base, it is the base of the paths around it
                otherHosts.add(file + "|" + parent(r.root().configKey()));
            }
        }
        urlFiles.retainAll(irisOnlyFiles);
        urlFiles.removeAll(elsewhereFiles);
        dashboardRouteFiles = urlFiles;
        dashboardUrlGroups = urls;
        otherHostGroups = otherHosts;
        dashboardConfigGroups = groups;
    }

    private java.util.@org.jspecify.annotations.Nullable Set<String> dashboardConfigGroups;
    private java.util.Set<String> dashboardRouteFiles = java.util.Set.of();
    private java.util.Set<String> dashboardUrlGroups = java.util.Set.of();
    private java.util.Set<String> otherHostGroups = java.util.Set.of();

    private static String parent(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? "" : key.substring(0, dot);
    }
}
