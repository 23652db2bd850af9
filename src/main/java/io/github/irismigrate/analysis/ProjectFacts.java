package io.github.irismigrate.analysis;

import org.jspecify.annotations.Nullable;
import org.openrewrite.ExecutionContext;
import org.openrewrite.SourceFile;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaSourceFile;
import org.openrewrite.kotlin.tree.K;
import org.openrewrite.json.tree.Json;
import org.openrewrite.properties.tree.Properties;
import org.openrewrite.xml.tree.Xml;
import org.openrewrite.yaml.tree.Yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the whole project knows that one file does not: constants and their values, configuration properties,
 * and every file's root texts. One instance is shared by all rules of one run (through the execution
 * context), so the project is scanned once however many rules run.
 */
public final class ProjectFacts {
    private static final String KEY = ProjectFacts.class.getName();

    /** Constants of the Iris SDK, which live in a jar and not in the project's sources. */
    private static final Map<String, String> SDK_CONSTANTS = sdkConstants();

    private final Map<String, FileFacts> files = new LinkedHashMap<>();
    private final Set<SourceFile> scanned = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    // indexes rebuilt lazily after a scan changes the facts
    private @Nullable Map<String, Constant> constants;
    private @Nullable Map<String, List<Constant>> constantsByName;
    private @Nullable Map<String, List<ConfigValue>> properties;
    private @Nullable List<ResolvedRoot> resolved;

    public static ProjectFacts shared(ExecutionContext ctx) {
        return ctx.computeMessageIfAbsent(KEY, k -> new ProjectFacts());
    }

    /**
     * Lets a second run over the same trees (the fixing recipes after the reporting ones) start from the facts and
     * plans of the first, instead of scanning and planning again: both depend on the trees and the rules' options
     * only, never on whether a rule fixes or reports.
     */
    public static void reuse(ExecutionContext ctx, ProjectFacts facts) {
        ctx.putMessage(KEY, facts);
    }

    /** Facts of one file. */
    public static final class FileFacts {
        final String path;
        final List<Root> roots = new ArrayList<>();
        final Map<String, AssembledText> constants = new LinkedHashMap<>();
        final List<ConfigValue> configValues = new ArrayList<>();
        /** Fields the file's code reads, by key: a file that reads a Dashboard URL constant talks to the Dashboard. */
        final Map<String, Part.ConstantRef> references = new LinkedHashMap<>();
        /** HTTP client beans this file defines, with the base URL each is built with. */
        final Map<ClientBean, AssembledText> clientBeans = new LinkedHashMap<>();
        /** Methods that join the path segments they are given with {@code /}, as {@code Owner#name}. */
        final Set<String> segmentJoiners = new java.util.HashSet<>();
        /** The text a segment joiner of {@link #segmentJoiners} starts with before the segments (its base and account path). */
        final Map<String, AssembledText> segmentJoinerPrefixes = new java.util.HashMap<>();
        /**
         * The path a segment joiner of {@link #segmentJoiners} writes before one of its arguments, by the argument's
         * index ({@code base + "/accounts/" + accountId + "/" + tail}: {@code /accounts/} before argument 1).
         */
        final Map<String, Map<Integer, String>> segmentJoinerLabels = new java.util.HashMap<>();
        /** Texts methods of this file's classes return, for a supertype's call of the method they override. */
        final List<Override> overrides = new ArrayList<>();
        /** Client beans built from another bean of the project (a client builder bean), by that bean's name. */
        final Map<ClientBean, String> clientBeanSources = new LinkedHashMap<>();
        /** Every HTTP client bean this file defines, with a base URL or without. */
        final Set<ClientBean> definedClientBeans = new java.util.HashSet<>();
        /** HTTP clients handed to this file's code, by the bean each names. */
        final Set<ClientBean> injectedClients = new java.util.LinkedHashSet<>();
        /**
         * Client interfaces this file builds a proxy of, with the base URL it is built on: Feign's
         * {@code target(Api.class, url)}, Retrofit's {@code baseUrl(url)...create(Api.class)}. By the interface's
         * fully qualified name when its type is known, else its simple name.
         */
        final Map<String, AssembledText> clientInterfaces = new LinkedHashMap<>();
        /**
         * Client interfaces this file builds a proxy of from an HTTP client handed in ({@code retrofit.create(Api.class)},
         * {@code createClient(Api.class)} on an adapter of {@code restClient}): the names in that expression, one of
         * which is the client bean.
         */
        final Map<String, List<String>> clientInterfaceBeans = new LinkedHashMap<>();
        /**
         * This file's methods (by method key) that build a client proxy of the interface class they are given
         * ({@code <T> T create(Class<T> resource)} handing it to {@code JAXRSClientFactory.create(base, resource, ..)}).
         */
        final Set<String> proxyFactories = new java.util.HashSet<>();
        /**
         * The components of this file's records by accessor key ({@code a.b.PortRequest#numbers()}), each as the
         * parameter of the record's constructor it is given by.
         */
        final Map<String, Part.Param> recordComponents = new LinkedHashMap<>();
        /** Interfaces this file has a proxy made of by a method of the project ({@code proxies.create(Api.class)}), with that method's key. */
        final Map<String, String> proxiedBy = new LinkedHashMap<>();
        /** The types this file declares, by fully qualified name (when known) and by simple name. */
        final Set<String> declaredTypes = new java.util.HashSet<>();
        /** The classes here documented as models or readers of a Dashboard report, by fully qualified name. */
        final Set<String> reportModels = new java.util.HashSet<>();
        /** Base URLs the comments of this file's types name ({@code "JSON API, base https://api.peregrine.com/"}). */
        final List<String> documentedBases = new ArrayList<>();
        /** Classes this file declares that are documented as a Dashboard callback ("Body of a Dashboard order notification"). */
        final Set<String> callbackModels = new java.util.HashSet<>();
        /** The texts classes are constructed with here ({@code new OkInventoryClient(config.apiBase(), ..)}). */
        final List<Construction> constructorArguments = new ArrayList<>();
        /** The HTTP clients classes are constructed with here that a method of the project made ({@code new OrderClient(account, ..)}). */
        final List<ClientHandOff> clientHandOffs = new ArrayList<>();
        /** The fully qualified names of the classes this file's classes extend. */
        final Set<String> superclasses = new java.util.HashSet<>();
        /** The fully qualified names of the interfaces this file's classes implement. */
        final Set<String> implemented = new java.util.HashSet<>();
        /** The fully qualified names the types of this file's fields, parameters and variables may have. */
        final Set<String> heldTypes = new java.util.HashSet<>();
        /** The classes whose static methods this file calls ({@code TestConfig.http(vertx, port)}). */
        final Set<String> staticallyUsedTypes = new java.util.HashSet<>();
        /** Whether this file's code holds an HTTP client of its own (java.net.http, OkHttp, RestTemplate, ...). */
        boolean makesHttpCalls;
        /** Texts of the customer's own server endpoints ({@code @GetMapping} in a controller): never rewritten. */
        final List<AssembledText> serverTexts = new ArrayList<>();
        boolean usesIrisSdk;
        /**
         * The mapping texts of this file's declarative client methods ({@code @PUT("accounts/{a}/sites/{s}/sippeers/{p}/tns/{tn}")}),
         * by {@link Part.ConstantRef#methodKey}: what a call of one sends to.
         */
        final Map<String, List<AssembledText>> clientMethodMappings = new LinkedHashMap<>();
        /**
         * Fields of the project's classes this file gives a parsed number ({@code Owner#telephoneNumber}, by a setter or
         * a constructor's parameter of that name).
         */
        final Set<String> numericFeeds = new java.util.HashSet<>();
        /** Of {@link #numericFeeds}, those given a telephone number parsed as a number ({@code Long.parseLong(tn)}). */
        final Set<String> telephoneNumberFeeds = new java.util.HashSet<>();
        /** Methods of the project (by {@link Part.ConstantRef#methodKey}) whose result this file hands to an SDK search as its query. */
        final Set<String> sdkQuerySources = new java.util.HashSet<>();
        /**
         * This file's declarative client methods (by {@link Part.ConstantRef#methodKey}) with a parameter that is the
         * whole query ({@code @QueryMap Map<String, Object> filters}), by that parameter's index.
         */
        final Map<String, Set<Integer>> queryMapParameters = new LinkedHashMap<>();
        /**
         * This file's methods (by {@link Part.ConstantRef#methodKey}) that join the entries of a map parameter into a
         * query ({@code QueryString.of(Map<String, ?> values)} walking {@code values.forEach(..)}), by its index.
         */
        final Map<String, Set<Integer>> mapWalkers = new LinkedHashMap<>();
        /** Maps this file hands to a method of the project, made by another method of it ({@code api.search(id, filters(ac))}). */
        final List<MapHandOff> mapHandOffs = new ArrayList<>();
        /**
         * This file's methods that assume a parameter holds a 10-digit number ({@code npa(String tn) { return
         * tn.substring(0, 3); }}): by {@code methodKey#index}, what they do with it.
         */
        final Map<String, String> tenDigitHelpers = new LinkedHashMap<>();

        FileFacts(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }

        public List<Root> roots() {
            return roots;
        }

        public boolean usesIrisSdk() {
            return usesIrisSdk;
        }
    }

    /** A text a class is constructed with: by the class's fully qualified name when known, else its simple name. */
    record Construction(String type, AssembledText argument) {
    }

    /**
     * A class of the project ({@code type}) constructed with an HTTP client bound to a base URL (a JAX-RS
     * {@code WebTarget}, a Spring {@code WebClient} ...) that a method of {@code producer} made ({@code target}: the URL
     * that method builds it on, as far as it is known): {@code new OrderClient(account, ..)} with
     * {@code WebTarget account = DashboardClientFactory.accountTarget(..)}.
     */
    record ClientHandOff(String type, String producer, AssembledText target) {
    }

    /** An HTTP client bean: its type's simple name ({@code WebClient}) and its bean name. */
    /** How a bean name given by a constant starts until it is resolved ({@link #canonical}): then the constant's key. */
    static final String BEAN_CONSTANT = "\u0001";

    /** {@code bean} with its name resolved when a constant gives it ({@code @Bean(DASHBOARD)}); as it is otherwise. */
    private ClientBean canonical(ClientBean bean, String fromFile) {
        if (!bean.name().startsWith(BEAN_CONSTANT)) {
            return bean;
        }
        String key = bean.name().substring(1);
        ResolvedText t = resolve(AssembledText.of(new Part.ConstantRef(key, key.substring(key.indexOf('#') + 1), null)), fromFile);
        return !t.parts().isEmpty() && t.parts().stream().allMatch(p -> p instanceof Part.Known)
                ? new ClientBean(bean.type(), t.flat()) : bean;
    }

    record ClientBean(String type, String name) {
    }

    record Constant(String key, String simpleName, String file, AssembledText value) {
    }

    /**
     * A root with its text resolved and its target API known; {@code subclassFile}, for a template method's text
     * read with a subclass's override, is that subclass's file: its request, whose file may say which API it calls.
     */
    public record ResolvedRoot(Root root, ResolvedText text, ApiTarget target, @Nullable String subclassFile) {
        public ResolvedRoot(Root root, ResolvedText text, ApiTarget target) {
            this(root, text, target, null);
        }
    }

    /** Scans one source file; a file seen before (the same tree) is not scanned again. */
    public synchronized void scan(SourceFile sf) {
        if (!scanned.add(sf)) {
            return;
        }
        String path = SourcePaths.of(sf);
        FileFacts ff = new FileFacts(path);
        if (sf instanceof J.CompilationUnit || sf instanceof K.CompilationUnit) {
            new JavaFactsCollector(path).collect((JavaSourceFile) sf, ff);
        } else if (sf instanceof Properties.File || sf instanceof Yaml.Documents || sf instanceof Xml.Document
                || sf instanceof Json.Document
                || sf instanceof org.openrewrite.text.PlainText && (ConfigFactsCollector.isHocon(path)
                || ConfigFactsCollector.isHttpRequests(path))) {
            ConfigFactsCollector.collect(sf, path, ff);
        } else {
            return;
        }
        files.put(path, ff);
        invalidate();
    }

    private void invalidate() {
        constants = null;
        constantsByName = null;
        properties = null;
        resolved = null;
        segmentJoiners = null;
        segmentJoinerPrefixes = null;
        segmentJoinerLabels = null;
        derived.clear();
    }

    /** Caches a value derived from the facts (a rule's plan) until the facts change. */
    @SuppressWarnings("unchecked")
    public synchronized <T> T derive(Object key, Function<ProjectFacts, T> compute) {
        Object v = derived.get(key);
        if (v == null) {
            v = compute.apply(this);
            derived.put(key, v);
        }
        return (T) v;
    }

    public synchronized @Nullable FileFacts file(String path) {
        return files.get(path);
    }

    /**
     * A text a method without parameters returns ({@code method} as {@code name()}) in a class with {@code supertypes}:
     * what a call of that method in one of the supertypes may read.
     */
    record Override(List<String> supertypes, String method, AssembledText value, String path) {
    }

    public synchronized List<ResolvedRoot> resolvedRoots() {
        if (resolved == null) {
            List<ResolvedRoot> out = new ArrayList<>();
            Map<String, List<Override>> overrides = new HashMap<>();
            for (FileFacts ff : files.values()) {
                for (Override o : ff.overrides) {
                    for (String type : o.supertypes()) {
                        overrides.computeIfAbsent(type + "#" + o.method(), k -> new ArrayList<>()).add(o);
                    }
                }
            }
            for (FileFacts ff : files.values()) {
                for (Root r : ff.roots) {
                    ResolvedText t = resolve(r.text(), ff.path);
                    if (DashboardUrl.isQuotedInProse(t.flat())) {
                        continue; // a usage text that says what the base URL defaults to
                    }
                    out.add(new ResolvedRoot(r, t, DashboardUrl.classify(t.flat())));
                    for (Map.Entry<Override, AssembledText> each : dispatched(r.text(), ff.path, overrides).entrySet()) {
                        ResolvedText d = resolve(each.getValue(), ff.path);
                        out.add(new ResolvedRoot(r, d, DashboardUrl.classify(d.flat()), each.getKey().path()));
                    }
                }
            }
            resolved = out;
        }
        return resolved;
    }

    /**
     * The most subclass texts a template method is read with: a resource base has a handful of subclasses; a method
     * with many more implementations (a {@code name()} of a large hierarchy) does not build the request's path.
     */
    private static final int MAX_OVERRIDES = 32;

    /**
     * A template method's text ({@code baseUrl + "/accounts/" + id + "/" + resourcePath()}) once for each subclass's
     * {@code resourcePath()} when the class calling it declares no text for it (it is abstract): each subclass's
     * request. Only the first such call of the text is expanded; none when there is none.
     */
    private Map<Override, AssembledText> dispatched(AssembledText text, String fromFile, Map<String, List<Override>> overrides) {
        if (overrides.isEmpty()) {
            return Map.of();
        }
        List<Part> parts = text.parts();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Part.ConstantRef ref && ref.args().isEmpty() && ref.key().endsWith("()")
                    && overrides.containsKey(ref.key()) && overrides.get(ref.key()).size() <= MAX_OVERRIDES
                    && constant(ref, fromFile) == null) {
                Map<Override, AssembledText> out = new java.util.LinkedHashMap<>();
                for (Override o : overrides.get(ref.key())) {
                    List<Part> replaced = new ArrayList<>(parts.subList(0, i));
                    replaced.addAll(o.value().parts());
                    replaced.addAll(parts.subList(i + 1, parts.size()));
                    out.put(o, AssembledText.of(replaced));
                }
                return out;
            }
        }
        return Map.of();
    }

    /**
     * Leaves (literals, config values) that code which does not call the Dashboard also uses: the customer's own
     * server endpoints, requests to other hosts or other Bandwidth APIs. A fix there would change those too, so
     * rules flag such a leaf instead of rewriting it.
     */
    public Set<UUID> leavesSharedWithOtherApis() {
        return derive("leavesSharedWithOtherApis", facts -> {
            Set<UUID> out = new java.util.HashSet<>();
            for (ResolvedRoot rr : facts.resolvedRoots()) {
                if (rr.target() == ApiTarget.OTHER_BANDWIDTH
                        || rr.target() == ApiTarget.FOREIGN && !LOCAL_HOST.matcher(rr.text().flat()).find()) {
                    leaves(rr.text().parts(), out);
                }
            }
            for (FileFacts ff : facts.files.values()) {
                for (AssembledText t : ff.serverTexts) {
                    leaves(facts.resolve(t, ff.path).parts(), out);
                }
            }
            return out;
        });
    }

    /** A local host: a test's stub of the Dashboard as likely as anything else, so it does not count as another API. */
    private static final java.util.regex.Pattern LOCAL_HOST = java.util.regex.Pattern.compile(
            "^\\w+://(localhost|127\\.\\d+\\.\\d+\\.\\d+|0\\.0\\.0\\.0|\\[::1])(?=[:/?#]|$)", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static void leaves(List<Part> parts, Set<UUID> out) {
        for (Part p : parts) {
            if (p instanceof Part.Known k && k.origin() != null) {
                out.add(k.origin().treeId());
            }
        }
    }

    /**
     * Whether some file hands what method {@code methodKey} ({@link Part.ConstantRef#methodKey}) returns to an Iris
     * SDK search as its query ({@code AvailableNumbers.search(client, Queries.byAreaCode(npa))}).
     */
    public boolean sdkQuerySource(String methodKey) {
        Set<String> all = derive("sdkQuerySources", facts -> {
            Set<String> out = new java.util.HashSet<>();
            facts.files.values().forEach(ff -> out.addAll(ff.sdkQuerySources));
            return out;
        });
        return all.contains(methodKey);
    }

    /**
     * A map that method {@code source} returns, handed as argument {@code index} to method {@code target} (keys by
     * {@link Part.ConstantRef#methodKey}).
     */
    record MapHandOff(String source, String target, int index) {
    }

    /**
     * The whole-query parameters ({@code @QueryMap}, {@code @SpringQueryMap}, a {@code Map} given by {@code @RequestParam})
     * of the declarative clients of the Dashboard: method key to the indexes of such parameters.
     */
    public Map<String, Set<Integer>> dashboardQueryMapParameters() {
        return derive("dashboardQueryMapParameters", facts -> {
            Set<String> dashboard = facts.dashboardFiles();
            Map<String, Set<Integer>> out = new java.util.HashMap<>();
            for (FileFacts ff : facts.files.values()) {
                if (dashboard.contains(ff.path)) {
                    out.putAll(ff.queryMapParameters);
                }
            }
            return out;
        });
    }

    /**
     * What method {@code methodKey} does with its parameter {@code index} that assumes a 10-digit number ("takes the
     * area code as its first 3 digits"), when it is declared in a file that does not talk to the Dashboard (where
     * the method's own code is not reported); null otherwise.
     */
    public @Nullable String tenDigitHelper(@Nullable String methodKey, int index) {
        if (methodKey == null) {
            return null;
        }
        Map<String, String> all = derive("tenDigitHelpers", facts -> {
            Map<String, String> out = new java.util.HashMap<>();
            Set<String> dashboard = facts.dashboardFiles();
            facts.files.forEach((path, ff) -> {
                if (!dashboard.contains(path)) {
                    out.putAll(ff.tenDigitHelpers);
                }
            });
            return out;
        });
        return all.get(methodKey + "#" + index);
    }

    /** Whether method {@code methodKey} joins the entries of its map parameter {@code index} into a query. */
    public boolean walksMapParameter(String methodKey, int index) {
        Map<String, Set<Integer>> all = derive("mapWalkers", facts -> {
            Map<String, Set<Integer>> out = new java.util.HashMap<>();
            facts.files.values().forEach(ff -> out.putAll(ff.mapWalkers));
            return out;
        });
        return all.getOrDefault(methodKey, Set.of()).contains(index);
    }

    /**
     * Whether what method {@code methodKey} returns is sent to the Dashboard as a whole query: handed to an Iris SDK
     * search ({@link #sdkQuerySource}) or to a Dashboard client's query-map parameter ({@code api.search(id,
     * searchFilters(ac, rc))} of {@code search(@Param("id") String id, @QueryMap Map<String, Object> filters)}).
     */
    public boolean dashboardQuerySource(String methodKey) {
        if (sdkQuerySource(methodKey)) {
            return true;
        }
        Set<String> all = derive("clientQuerySources", facts -> {
            Map<String, Set<Integer>> params = facts.dashboardQueryMapParameters();
            Set<String> out = new java.util.HashSet<>();
            for (FileFacts ff : facts.files.values()) {
                for (MapHandOff h : ff.mapHandOffs) {
                    if (params.getOrDefault(h.target(), Set.of()).contains(h.index())) {
                        out.add(h.source());
                    }
                }
            }
            return out;
        });
        return all.contains(methodKey);
    }

    /**
     * The declarative client methods of the project (by {@link Part.ConstantRef#methodKey}) whose mapping, resolved,
     * matches {@code path}: {@code DashboardApi#updateSipPeerTn(5)} for {@code sippeers/[^/]+/tns}. Derived once per
     * pattern, not per file that asks.
     */
    public Set<String> clientMethodsTo(java.util.regex.Pattern path) {
        return derive("clientMethodsTo:" + path.pattern(), facts -> {
            Set<String> out = new java.util.HashSet<>();
            for (FileFacts ff : facts.files.values()) {
                ff.clientMethodMappings.forEach((method, texts) -> {
                    if (texts.stream().anyMatch(t -> path.matcher(facts.resolve(t, ff.path).flat()).find())) {
                        out.add(method);
                    }
                });
            }
            return out;
        });
    }

    /**
     * Fields of the project's classes ({@code com.acme.InventoryNumber#areaCode}) that code talking to the Dashboard
     * gives a number it parsed ({@code row.setAreaCode(Integer.parseInt(tn.substring(0, 3)))}, a record built with
     * one): a model of what the Dashboard answered, wherever it is declared.
     */
    public Set<String> numericFieldsFedByDashboardCode() {
        return derive("numericFieldsFedByDashboardCode", facts -> {
            Set<String> dashboard = facts.dashboardFiles();
            Set<String> out = new java.util.HashSet<>();
            for (FileFacts ff : facts.files.values()) {
                if (dashboard.contains(ff.path)) {
                    out.addAll(ff.numericFeeds);
                }
            }
            return out;
        });
    }

    /**
     * Of {@link #numericFieldsFedByDashboardCode()}, the fields given a telephone number parsed as a number
     * ({@code new TelephoneNumberRecord(Long.parseLong(tn), ..)}): they hold a number whatever they are called.
     */
    public Set<String> telephoneNumberFieldsFedByDashboardCode() {
        return derive("telephoneNumberFieldsFedByDashboardCode", facts -> {
            Set<String> dashboard = facts.dashboardFiles();
            Set<String> out = new java.util.HashSet<>();
            for (FileFacts ff : facts.files.values()) {
                if (dashboard.contains(ff.path)) {
                    out.addAll(ff.telephoneNumberFeeds);
                }
            }
            return out;
        });
    }

    /**
     * The fields of the project's classes that file {@code path} gives a telephone number parsed as a number: for a
     * file that handles Dashboard answers without naming the Dashboard's URL ({@code TelephoneNumberRecord
     * .fromDashboard(tn, ..)} documented as holding what the Dashboard returned).
     */
    public synchronized Set<String> telephoneNumberFeedsOf(String path) {
        FileFacts ff = files.get(path);
        return ff == null ? Set.of() : Set.copyOf(ff.telephoneNumberFeeds);
    }

    /**
     * The types declared in {@link #dashboardFiles()}, by fully qualified name ({@code a.b.Outer.Inner}): the project's
     * clients of the Dashboard, their declarative interfaces and models. What a method of one answers came from it.
     */
    public Set<String> dashboardTypes() {
        return derive("dashboardTypes", facts -> {
            Set<String> out = new java.util.HashSet<>();
            for (String file : facts.dashboardFiles()) {
                FileFacts ff = facts.files.get(file);
                if (ff != null) {
                    addQualifiedDeclaredTypes(ff, out);
                }
            }
            return out;
        });
    }

    /**
     * The classes documented as models or readers of one of the Dashboard's reports (a class comment "One line of
     * the Dashboard disconnect report"), by fully qualified name ({@code a.b.Outer.Inner}).
     */
    /** The components of the project's records, by accessor key ({@code a.b.PortRequest#numbers()}). */
    private Map<String, Part.Param> recordComponents() {
        return derive("recordComponents", facts -> {
            Map<String, Part.Param> out = new java.util.HashMap<>();
            facts.files.values().forEach(ff -> out.putAll(ff.recordComponents));
            return out;
        });
    }

    /**
     * The values of a configuration file that a record's component is read from, for its accessor or field
     * ({@code com.acme.EnvironmentConfig#smokeTestNumber()}); none when the record is not read from one.
     */
    private List<ConfigValue> configBoundValues(String key) {
        int hash = key.indexOf('#');
        if (hash < 0) {
            return List.of();
        }
        String owner = key.substring(0, hash);
        String name = key.substring(hash + 1).replace("()", "");
        if (!configBoundRecords().contains(owner)) {
            return List.of();
        }
        List<ConfigValue> values = property(name);
        return values == null ? List.of() : values.stream().filter(v -> isDataFile(v.origin().sourcePath())).toList();
    }

    /**
     * Whether {@code key} is a component's name of a record that JSON or YAML files are read into
     * ({@code smokeTestNumber} of {@code EnvironmentConfig}): its values in those files are one setting, per environment.
     */
    public boolean readIntoRecord(String key) {
        return derive("configBoundComponents", facts -> {
            Set<String> bound = facts.configBoundRecords();
            Set<String> out = new java.util.HashSet<>();
            facts.recordComponents().keySet().forEach(k -> {
                int hash = k.indexOf('#');
                if (hash > 0 && !k.endsWith("()") && bound.contains(k.substring(0, hash))) {
                    out.add(k.substring(hash + 1));
                }
            });
            return out;
        }).contains(key);
    }

    /** A JSON or YAML file, which a mapper reads into a record by its components' names. */
    public static boolean isDataFile(String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    /**
     * Records of the project that a JSON or YAML file of it is read into (Jackson's {@code readValue(file,
     * EnvironmentConfig.class)}): at least three of their components, and at least half, are keys of such files.
     */
    private Set<String> configBoundRecords() {
        return derive("configBoundRecords", facts -> {
            Map<String, Set<String>> components = new java.util.HashMap<>();
            facts.recordComponents().keySet().forEach(k -> {
                int hash = k.indexOf('#');
                if (hash > 0 && !k.endsWith("()")) {
                    components.computeIfAbsent(k.substring(0, hash), o -> new java.util.HashSet<>()).add(k.substring(hash + 1));
                }
            });
            Set<String> out = new java.util.HashSet<>();
            components.forEach((owner, names) -> {
                long keys = names.stream().filter(n -> {
                    List<ConfigValue> v = facts.properties().get(n);
                    return v != null && v.stream().anyMatch(c -> isDataFile(c.origin().sourcePath()));
                }).count();
                if (keys >= 3 && keys * 2 >= names.size()) {
                    out.add(owner);
                }
            });
            return out;
        });
    }

    /** The project's classes documented as a Dashboard callback or its body, by fully qualified name. */
    public Set<String> callbackModelTypes() {
        return derive("callbackModelTypes", facts -> {
            Set<String> out = new java.util.HashSet<>();
            facts.files.values().forEach(ff -> out.addAll(ff.callbackModels));
            return out;
        });
    }

    public Set<String> reportModelTypes() {
        return derive("reportModelTypes", facts -> {
            Set<String> out = new java.util.HashSet<>();
            facts.files.values().forEach(ff -> out.addAll(ff.reportModels));
            return out;
        });
    }

    /** Files that show they talk to the Dashboard API: a Dashboard URL, the Iris SDK, or a path only Iris has. */
    public Set<String> dashboardFiles() {
        return derive("dashboardFiles", facts -> {
            Set<String> out = new java.util.HashSet<>();
            Set<String> clientMappingFiles = new java.util.HashSet<>();
            Set<String> irisPathFiles = new java.util.HashSet<>();
            for (ResolvedRoot rr : facts.resolvedRoots()) {
                boolean irisOnlyPath = DashboardUrl.hasIrisOnlyPath(rr.text().flat());
                if (rr.target().isDashboard() || irisOnlyPath
                        || rr.root().configKey() != null && mentionsIrisKey(rr.root().configKey())) {
                    out.add(rr.root().sourcePath());
                    if (rr.root().kind() == RootKind.CLIENT_MAPPING) {
                        clientMappingFiles.add(rr.root().sourcePath());
                    }
                }
                if ((irisOnlyPath && rr.target() == ApiTarget.UNKNOWN || rr.target().isDashboard())
                        && rr.root().kind() != RootKind.CONFIG) {
                    irisPathFiles.add(rr.root().sourcePath());
                }
            }
            out.addAll(facts.usersOfDashboardPathClasses(irisPathFiles));
            // HTTP client beans built on a Dashboard base URL, and the files they are injected into
            Set<ClientBean> dashboardBeans = new java.util.HashSet<>();
            Set<String> otherBeanTypes = new java.util.HashSet<>();
            for (BeanTarget bt : facts.clientBeanTargets()) {
                if (bt.target().isDashboard()) {
                    dashboardBeans.add(bt.bean());
                    out.add(bt.file());
                } else {
                    otherBeanTypes.add(bt.bean().type());
                }
            }
            Set<String> dashboardOnlyTypes = new java.util.HashSet<>();
            for (ClientBean bean : dashboardBeans) {
                if (!otherBeanTypes.contains(bean.type())) {
                    dashboardOnlyTypes.add(bean.type());
                }
            }
            Set<ClientBean> defined = new java.util.HashSet<>();
            facts.files.values().forEach(ff -> ff.definedClientBeans.forEach(b -> defined.add(facts.canonical(b, ff.path))));
            for (ClientBean bean : defined) {
                if (!dashboardBeans.contains(bean)) {
                    // a bean of the type built on no Dashboard base (none at all: its callers give whole URLs)
                    dashboardOnlyTypes.remove(bean.type());
                }
            }
            for (String iface : facts.clientInterfaceTargets(true)) {
                out.addAll(facts.filesDeclaring(iface));
            }
            for (FileFacts ff : facts.files.values()) {
                if (ff.usesIrisSdk) {
                    out.add(ff.path);
                    continue;
                }
                // the types this file's code receives a bean of the project by name: @Qualifier("plainRestTemplate")
                // is that bean, base URL or not, and the field it is kept in is the same client
                Set<String> named = new java.util.HashSet<>();
                List<ClientBean> injectedHere = ff.injectedClients.stream().map(b -> facts.canonical(b, ff.path)).toList();
                for (ClientBean injected : injectedHere) {
                    if (defined.contains(injected)) {
                        named.add(injected.type());
                    }
                }
                for (ClientBean injected : injectedHere) {
                    // by bean name, or by type when every bean of that type calls the Dashboard
                    if (dashboardBeans.contains(injected)
                            || !named.contains(injected.type()) && dashboardOnlyTypes.contains(injected.type())) {
                        out.add(ff.path);
                        break;
                    }
                }
                for (Part.ConstantRef ref : ff.references.values()) {
                    if (DashboardUrl.classify(facts.resolve(AssembledText.of(ref), ff.path).flat()).isDashboard()) {
                        out.add(ff.path);
                        break;
                    }
                }
            }
            // a class of the project built with a Dashboard base URL (new OkInventoryClient(config.apiBase(), ..), or a
            // Spring XML <bean> of it), and not also built by the main code for another API (a test's local stub
            // server does not count)
            Set<String> builtForDashboard = new java.util.HashSet<>();
            Set<String> builtForOthers = new java.util.HashSet<>();
            for (FileFacts ff : facts.files.values()) {
                for (Construction c : ff.constructorArguments) {
                    String flat = facts.resolve(c.argument(), ff.path).flat();
                    ApiTarget target = DashboardUrl.classify(flat);
                    if (target.isDashboard()) {
                        builtForDashboard.add(c.type());
                    } else if (target.isElsewhere() && !SourcePaths.isTest(ff.path) && !LOCAL_HOST.matcher(flat).find()) {
                        builtForOthers.add(c.type());
                    }
                }
            }
            for (String type : builtForDashboard) {
                if (!builtForOthers.contains(type)) {
                    out.addAll(facts.filesDeclaring(type)); // most are JDK or library classes
                }
            }
            // a class of the project built with a client that another class of it made for the Dashboard: new
            // OrderClient(account, ..) with account = DashboardClientFactory.accountTarget(..), a factory that
            // builds clients for no other host
            Set<String> otherHosts = facts.filesWithOtherHosts();
            Set<String> handedTo = new java.util.HashSet<>();
            for (FileFacts ff : facts.files.values()) {
                for (ClientHandOff handOff : ff.clientHandOffs) {
                    ApiTarget target = DashboardUrl.classify(facts.resolve(handOff.target(), ff.path).flat());
                    List<String> producers = facts.filesDeclaring(handOff.producer());
                    if (target.isDashboard() || target == ApiTarget.UNKNOWN && !producers.isEmpty() && out.containsAll(producers)
                            && producers.stream().noneMatch(otherHosts::contains)) {
                        handedTo.addAll(facts.filesDeclaring(handOff.type()));
                    }
                }
            }
            out.addAll(handedTo);
            // a subclass of a class that talks to the Dashboard inherits its client and base URL (one step): the
            // types those files declare, gathered once, not looked up file by file for every superclass
            Set<String> dashboardTypes = new java.util.HashSet<>();
            for (String file : out) {
                FileFacts declaring = facts.files.get(file);
                if (declaring != null) {
                    dashboardTypes.addAll(declaring.declaredTypes);
                }
            }
            Set<String> extending = new java.util.HashSet<>();
            for (FileFacts ff : facts.files.values()) {
                if (ff.superclasses.stream().anyMatch(dashboardTypes::contains)) {
                    extending.add(ff.path);
                }
            }
            out.addAll(extending);
            out.addAll(facts.filesHoldingDashboardWrappers(out, facts.clientInterfaceTargets(true), clientMappingFiles));
            return out;
        });
    }

    /** A path without a host: {@code /orders}, {@code accounts/%s/addresses}, {@code /sites/}. */
    private static final Pattern PATH_TEXT = Pattern.compile("/?[\\w{}%.$-]+(?:/[\\w{}%.$?=&-]*)*|/");

    /** A configuration value not set in the project: {@code ${DASHBOARD_ACCOUNT_ID}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[\\w.-]+}");

    private static boolean isPathText(String flat) {
        return !flat.contains("://") && flat.indexOf('/') >= 0
                && PATH_TEXT.matcher(flat.replace(String.valueOf(AssembledText.HOLE), "x")).matches();
    }

    /**
     * Files that build paths from the constants of a class of Dashboard paths: a class of the main code that holds
     * only paths, some of them resources only the Dashboard has ({@code /importTnOrders}, {@code /externalTns}), and
     * makes no request itself ({@code DashboardPaths}), read for one of its paths ({@code client.accountUri(
     * DashboardPaths.ORDERS)}, {@code baseUrl + DashboardPaths.ACCOUNTS + accountId + path}): their requests go to the
     * Dashboard, on a base URL configured elsewhere. A class of URL helpers that holds paths and the Dashboard's
     * base URL, and no other host, is such a class too: {@code urls.account() + "/addresses"} is under the
     * Dashboard's account.
     */
    private Set<String> usersOfDashboardPathClasses(Set<String> irisPathFiles) {
        Set<String> holders = new java.util.HashSet<>();
        for (String file : irisPathFiles) {
            FileFacts ff = files.get(file);
            if (ff != null && !ff.makesHttpCalls && !ff.usesIrisSdk && !SourcePaths.isTest(file)) {
                holders.add(file);
            }
        }
        for (ResolvedRoot rr : resolvedRoots()) {
            String flat = rr.text().flat();
            if (holders.contains(rr.root().sourcePath()) && !rr.target().isDashboard() && !(rr.target() == ApiTarget.UNKNOWN
                    && (isPathText(flat) || flat.replace(String.valueOf(AssembledText.HOLE), "").isEmpty()
                    || PLACEHOLDER.matcher(flat).matches()))) {
                holders.remove(rr.root().sourcePath()); // a text that is no path nor Dashboard URL: not a class of paths
            }
        }
        Map<String, String> pathClasses = new java.util.HashMap<>(); // declared type -> its file
        for (String file : holders) {
            files.get(file).declaredTypes.forEach(t -> pathClasses.put(t.replace('$', '.'), file));
        }
        Set<String> out = new java.util.HashSet<>();
        if (pathClasses.isEmpty()) {
            return out;
        }
        for (FileFacts ff : files.values()) {
            List<Part.ConstantRef> refs = new ArrayList<>(ff.references.values()); // read alone, and in the file's texts
            for (Root root : ff.roots) {
                root.text().parts().stream().filter(p -> p instanceof Part.ConstantRef).forEach(p -> refs.add((Part.ConstantRef) p));
            }
            for (Part.ConstantRef ref : refs) {
                int hash = ref.key().indexOf('#');
                String owner = hash < 0 ? "" : ref.key().substring(0, hash).replace('$', '.');
                if (pathClasses.containsKey(owner) && !pathClasses.get(owner).equals(ff.path)) {
                    if (isPathText(resolve(AssembledText.of(ref), ff.path).flat())) {
                        out.add(ff.path);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The suffixes of a test class's name after the name of the class it tests ({@code E911AddressClientTest}). */
    private static final Pattern TEST_CLASS = Pattern.compile("([\\w.$]+?)(?:Tests?|IT|TestCase)");

    /**
     * The test files of the classes in {@link #dashboardFiles()}, by name ({@code E911AddressClientTest} of
     * {@code E911AddressClient} in the same package): the request paths such a test asserts and serves from its fake
     * are the ones the class sends to the Dashboard. Not a test of a class that serves routes of its own (a verticle,
     * a controller): the paths its test requests are the project's.
     */
    public Set<String> testsOfDashboardClasses() {
        return derive("testsOfDashboardClasses", facts -> {
            Set<String> dashboardFiles = facts.dashboardFiles();
            Set<String> tested = new java.util.HashSet<>();
            for (String file : dashboardFiles) {
                FileFacts ff = facts.files.get(file);
                if (ff != null && !SourcePaths.isTest(file) && ff.serverTexts.isEmpty()) {
                    ff.declaredTypes.stream().filter(t -> t.indexOf('.') >= 0).forEach(tested::add);
                }
            }
            Set<String> out = new java.util.HashSet<>();
            for (FileFacts ff : facts.files.values()) {
                if (!SourcePaths.isTest(ff.path) || dashboardFiles.contains(ff.path)) {
                    continue;
                }
                for (String type : ff.declaredTypes) {
                    Matcher m = TEST_CLASS.matcher(type);
                    if (type.indexOf('.') >= 0 && m.matches() && tested.contains(m.group(1))) {
                        out.add(ff.path);
                    }
                }
            }
            return out;
        });
    }

    /**
     * Files that hold (as a field, parameter or variable) a class of the project's own that wraps an HTTP client for
     * the Dashboard API: a class in one of {@code dashboardFiles} that sends requests itself and names no other API's
     * host ({@code IrisHttp http; ... http.get(url)}), or one of {@code clientInterfaces}, whose proxies call the
     * Dashboard ({@code ImportOrderApi api; ... api.createImportOrder(account, body)}), or a declarative client of
     * {@code clientMappingFiles}, whose mappings name the Dashboard's resources. One step only: a class holding such a
     * holder is not included.
     */
    private Set<String> filesHoldingDashboardWrappers(Set<String> dashboardFiles, Set<String> clientInterfaces,
                                                      Set<String> clientMappingFiles) {
        Set<String> otherHosts = filesWithOtherHosts();
        Set<String> wrappers = new java.util.HashSet<>();
        for (String file : clientMappingFiles) {
            // a declarative client whose mappings name the Dashboard's resources (@GET("accounts/{a}/inserviceNumbers")),
            // its base URL set where its proxy is built: the classes holding its proxy call the Dashboard
            FileFacts declaring = files.get(file);
            if (declaring != null && !otherHosts.contains(file)) {
                addQualifiedDeclaredTypes(declaring, wrappers);
            }
        }
        for (String iface : clientInterfaces) {
            if (iface.indexOf('.') >= 0 && !filesDeclaring(iface).isEmpty()) {
                wrappers.add(iface.replace('$', '.'));
            }
        }
        // an interface of the project whose every implementation in the main code is such a wrapper
        // (DashboardTransport, implemented by CxfDashboardTransport): a class holding it holds the wrapper
        Set<String> wrapped = new java.util.HashSet<>();
        Set<String> notWrapped = new java.util.HashSet<>();
        for (FileFacts ff : files.values()) {
            boolean wrapper = ff.makesHttpCalls && dashboardFiles.contains(ff.path) && !otherHosts.contains(ff.path);
            if (wrapper) {
                addQualifiedDeclaredTypes(ff, wrappers);
            }
            if (!SourcePaths.isTest(ff.path)) {
                (wrapper ? wrapped : notWrapped).addAll(ff.implemented);
            }
        }
        for (String iface : wrapped) {
            if (!notWrapped.contains(iface) && !filesDeclaring(iface).isEmpty()) {
                wrappers.add(iface);
            }
        }
        Set<String> out = new java.util.HashSet<>();
        if (wrappers.isEmpty()) {
            return out;
        }
        for (FileFacts ff : files.values()) {
            if (!dashboardFiles.contains(ff.path) && ff.heldTypes.stream().anyMatch(wrappers::contains)) {
                out.add(ff.path);
            }
        }
        return out;
    }

    /** Files with a text that goes to another API's host (another Bandwidth API, any other host). */
    public Set<String> filesWithOtherHosts() {
        return derive("filesWithOtherHosts", facts -> {
            Set<String> out = new java.util.HashSet<>();
            for (ResolvedRoot rr : facts.resolvedRoots()) {
                if (rr.target().isElsewhere()) {
                    out.add(rr.root().sourcePath());
                }
            }
            return out;
        });
    }

    /**
     * Files that declare a client interface whose proxy is built on another API's base URL (a host that is not the
     * Dashboard's): their relative paths go there, whatever the rest of the project talks to.
     */
    public Set<String> filesOfClientsOfOtherApis() {
        return derive("filesOfClientsOfOtherApis", facts -> {
            Set<String> out = new java.util.HashSet<>();
            for (String iface : facts.clientInterfaceTargets(false)) {
                out.addAll(facts.filesDeclaring(iface));
            }
            // an interface whose comment gives its base URL, another host's, where no proxy of it is built
            for (FileFacts ff : facts.files.values()) {
                if (ff.documentedBases.stream().anyMatch(u -> DashboardUrl.classify(u).isElsewhere())
                        && ff.documentedBases.stream().noneMatch(u -> DashboardUrl.classify(u).isDashboard())) {
                    out.add(ff.path);
                }
            }
            return out;
        });
    }

    /** An HTTP client bean, the file that defines it, and the API its base URL goes to. */
    private record BeanTarget(String file, ClientBean bean, ApiTarget target) {
    }

    /**
     * Every client bean definition with its target, in the order of the files and their definitions; then the beans
     * built from another bean ({@code builder.build()} of a builder bean), with that bean's target when its name is one
     * bean's, a few steps deep.
     */
    private List<BeanTarget> clientBeanTargets() {
        return derive("clientBeanTargets", facts -> {
            List<BeanTarget> out = new ArrayList<>();
            for (FileFacts ff : facts.files.values()) {
                ff.clientBeans.forEach((bean, base) -> out.add(new BeanTarget(ff.path, facts.canonical(bean, ff.path),
                        DashboardUrl.classify(facts.resolve(base, ff.path).flat()))));
            }
            for (int step = 0; step < 3; step++) {
                Map<String, List<ApiTarget>> byName = new java.util.HashMap<>();
                Set<ClientBean> known = new java.util.HashSet<>();
                for (BeanTarget bt : out) {
                    byName.computeIfAbsent(bt.bean().name(), k -> new ArrayList<>()).add(bt.target());
                    known.add(bt.bean());
                }
                List<BeanTarget> more = new ArrayList<>();
                for (FileFacts ff : facts.files.values()) {
                    ff.clientBeanSources.forEach((raw, from) -> {
                        ClientBean bean = facts.canonical(raw, ff.path);
                        List<ApiTarget> targets = byName.getOrDefault(from, List.of());
                        if (!known.contains(bean) && targets.size() == 1) {
                            more.add(new BeanTarget(ff.path, bean, targets.get(0)));
                        }
                    });
                }
                if (more.isEmpty()) {
                    break;
                }
                out.addAll(more);
            }
            return out;
        });
    }

    /** Client interfaces whose proxy is built on a Dashboard base URL ({@code dashboard}), or on another host's. */
    private Set<String> clientInterfaceTargets(boolean dashboard) {
        Set<String> out = new java.util.HashSet<>();
        clientInterfaceTargets().forEach((iface, targets) -> {
            if (targets.stream().anyMatch(t -> targets(t, dashboard))) {
                out.add(iface);
            }
        });
        return out;
    }

    /** Each client interface a proxy is built of, with the APIs those proxies go to: computed once for both uses. */
    private Map<String, List<ApiTarget>> clientInterfaceTargets() {
        return derive("clientInterfaceTargets", facts -> {
            Map<String, ApiTarget> beans = new java.util.HashMap<>();
            for (BeanTarget bt : facts.clientBeanTargets()) {
                beans.putIfAbsent(bt.bean().name(), bt.target());
            }
            Map<String, List<ApiTarget>> out = new java.util.HashMap<>();
            Map<String, ApiTarget> fileTargets = null;
            for (FileFacts ff : facts.files.values()) {
                for (Map.Entry<String, AssembledText> e : ff.clientInterfaces.entrySet()) {
                    ApiTarget target = DashboardUrl.classify(facts.resolve(e.getValue(), ff.path).flat());
                    if (target == ApiTarget.UNKNOWN && e.getValue().parts().stream()
                            .anyMatch(p -> p instanceof Part.Hole h && h.param() != null)) {
                        // a proxy factory's parameter (create(String baseUrl, ..)): where the factory's own URLs go,
                        // when they all go to one API
                        if (fileTargets == null) {
                            fileTargets = facts.singleTargetFiles();
                        }
                        target = fileTargets.getOrDefault(ff.path, ApiTarget.UNKNOWN);
                    }
                    out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(target);
                }
                ff.clientInterfaceBeans.forEach((iface, names) -> names.stream().filter(beans::containsKey).findFirst()
                        .ifPresent(bean -> out.computeIfAbsent(iface, k -> new ArrayList<>()).add(beans.get(bean))));
            }
            // proxies.create(E911AddressesApi.class) through a proxy factory of the project: where that factory's own
            // URLs go, when they all go to one API
            Map<String, String> factoryFiles = new java.util.HashMap<>();
            facts.files.values().forEach(ff -> ff.proxyFactories.forEach(key -> factoryFiles.putIfAbsent(key, ff.path)));
            for (FileFacts ff : facts.files.values()) {
                for (Map.Entry<String, String> e : ff.proxiedBy.entrySet()) {
                    String factory = factoryFiles.get(e.getValue());
                    if (factory != null) {
                        if (fileTargets == null) {
                            fileTargets = facts.singleTargetFiles();
                        }
                        out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(fileTargets.getOrDefault(factory, ApiTarget.UNKNOWN));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Whether the texts with a host of {@code path}, code outside tests, all go to another vendor's API on a real host
     * (not a local mock server's {@code http://localhost:8089}), and none to Bandwidth.
     */
    public boolean onlyForeignHosts(String path) {
        return derive("foreignOnlyFiles", facts -> {
            Set<String> foreign = new java.util.HashSet<>();
            Set<String> other = new java.util.HashSet<>();
            for (ResolvedRoot rr : facts.resolvedRoots()) {
                ApiTarget t = rr.target();
                String file = rr.root().sourcePath();
                if (t == ApiTarget.UNKNOWN) {
                    continue;
                }
                if (t == ApiTarget.FOREIGN && !LOCAL_HOST.matcher(rr.text().flat()).find() && !SourcePaths.isTest(file)) {
                    foreign.add(file);
                } else {
                    other.add(file);
                }
            }
            foreign.removeAll(other);
            return foreign;
        }).contains(path);
    }

    /** The files whose texts with a host all go to one API (the Dashboard, say), with that API. */
    private Map<String, ApiTarget> singleTargetFiles() {
        Map<String, ApiTarget> out = new java.util.HashMap<>();
        Set<String> mixed = new java.util.HashSet<>();
        for (ResolvedRoot rr : resolvedRoots()) {
            ApiTarget t = rr.target();
            String file = rr.root().sourcePath();
            if (t == ApiTarget.UNKNOWN || mixed.contains(file)) {
                continue;
            }
            ApiTarget before = out.putIfAbsent(file, t);
            if (before != null && before.isDashboard() != t.isDashboard()) {
                mixed.add(file);
                out.remove(file);
            }
        }
        return out;
    }

    private static boolean targets(ApiTarget target, boolean dashboard) {
        return dashboard ? target.isDashboard() : target.isElsewhere();
    }

    /**
     * The files that hold (as a field, parameter or variable) a type that one of {@code declaring} declares, or call
     * one of its static methods.
     */
    public Set<String> filesUsingTypesOf(Set<String> declaring) {
        Set<String> types = new java.util.HashSet<>();
        for (String file : declaring) {
            FileFacts ff = files.get(file);
            if (ff != null) {
                addQualifiedDeclaredTypes(ff, types);
            }
        }
        Set<String> out = new java.util.HashSet<>();
        if (!types.isEmpty()) {
            for (FileFacts ff : files.values()) {
                if (ff.heldTypes.stream().anyMatch(types::contains) || ff.staticallyUsedTypes.stream().anyMatch(types::contains)) {
                    out.add(ff.path);
                }
            }
        }
        return out;
    }

    /** The types {@code ff} declares, by their fully qualified names ({@code a.b.Outer.Inner}): simple names repeat. */
    private static void addQualifiedDeclaredTypes(FileFacts ff, Set<String> out) {
        ff.declaredTypes.stream().filter(t -> t.indexOf('.') >= 0).forEach(t -> out.add(t.replace('$', '.')));
    }

    /** Whether the file {@code path} declares the type {@code type} (fully qualified, nested types with a dot or a {@code $}). */
    public boolean declaresType(String path, String type) {
        FileFacts ff = files.get(path);
        if (ff == null) {
            return false;
        }
        String dotted = type.replace('$', '.');
        for (String t : ff.declaredTypes) {
            if (t.replace('$', '.').equals(dotted)) {
                return true;
            }
        }
        return false;
    }

    /** The files that declare {@code type} (a fully qualified or a simple name). */
    private List<String> filesDeclaring(String type) {
        List<String> out = new ArrayList<>();
        for (FileFacts ff : files.values()) {
            if (ff.declaredTypes.contains(type)) {
                out.add(ff.path);
            }
        }
        return out;
    }

    private static boolean mentionsIrisKey(String key) {
        String k = key.toLowerCase(java.util.Locale.ROOT);
        return k.contains("iris") || k.contains("dashboard");
    }

    public ResolvedText resolve(AssembledText text, String fromFile) {
        List<Part> out = new ArrayList<>();
        expand(text.parts(), fromFile, out, 0, false);
        return ResolvedText.of(out);
    }

    /**
     * {@link #resolve}, reading a property that has a default in code ({@code @Value("${x.tn:9195551234}")}) as that
     * default even where a configuration file sets it: the default is what runs where the property is not set (a
     * profile that lacks it, a test).
     */
    public ResolvedText resolveDefaults(AssembledText text, String fromFile) {
        List<Part> out = new ArrayList<>();
        expand(text.parts(), fromFile, out, 0, true);
        return ResolvedText.of(out);
    }

    private void expand(List<Part> parts, String fromFile, List<Part> out, int depth, boolean defaults) {
        for (Part p : parts) {
            if (p instanceof Part.Known || p instanceof Part.Hole) {
                out.add(p);
            } else if (depth > 8) {
                out.add(new Part.Hole("depth"));
            } else if (p instanceof Part.ConstantRef ref) {
                Constant c = constant(ref, fromFile);
                if (c != null) {
                    List<Part> sub = new ArrayList<>();
                    if (ref.args().isEmpty()) {
                        expand(c.value().parts(), c.file(), sub, depth + 1, defaults);
                    } else {
                        expandCall(ref, c, fromFile, sub, depth + 1, defaults);
                        if (!out.isEmpty() && startsUrl(sub)) {
                            // a URL a helper returns, after other text (a log line joining two): a text of its own
                            out.add(new Part.Hole(ref.simpleName()));
                            continue;
                        }
                    }
                    for (Part s : sub) {
                        out.add(s instanceof Part.Known k && k.origin() == null && !(ref.args().isEmpty() && isDeclaredNumber(k, c))
                                ? k.withAnchor(ref.anchor()) : s);
                    }
                } else if (SDK_CONSTANTS.containsKey(ref.key())) {
                    out.add(new Part.Known(SDK_CONSTANTS.get(ref.key()), null, ref.anchor(), false));
                } else if (!ref.args().isEmpty() && segmentJoiners().contains(joinerOf(ref))) {
                    // url(base, "accounts", id, "externalTns"): the segments joined by '/'; after the joiner's own
                    // start (base + "/accounts/" + accountId) when it has one
                    AssembledText prefix = segmentJoinerPrefix(joinerOf(ref));
                    if (prefix != null) {
                        expand(prefix.parts(), fromFile, out, depth + 1, defaults);
                    }
                    Map<Integer, String> labels = segmentJoinerLabels(joinerOf(ref));
                    for (int a = 0; a < ref.args().size(); a++) {
                        if (labels.containsKey(a)) {
                            // account(id, "addresses") of "/accounts/" + accountId + "/" + tail: the joiner's own path
                            out.add(new Part.Known(labels.get(a), null, ref.anchor(), false));
                        } else if (a > 0 || prefix != null) {
                            out.add(new Part.Known("/", null, ref.anchor(), false));
                        }
                        expand(ref.args().get(a).parts(), fromFile, out, depth + 1, defaults);
                    }
                } else {
                    List<ConfigValue> bound = configBoundValues(ref.key());
                    if (!bound.isEmpty()) {
                        // env.smokeTestNumber() of a record a JSON or YAML file is read into: the file's value
                        ConfigValue v = preferred(bound);
                        out.add(new Part.Known(v.text(), v.origin(), v.origin(), false));
                        continue;
                    }
                    // request.billingTelephoneNumber() of a record of the project: what its constructor's callers
                    // pass for that component, as a parameter's callers would
                    out.add(new Part.Hole(ref.simpleName(), recordComponents().get(ref.key())));
                }
            } else if (p instanceof Part.PropertyRef prop) {
                List<ConfigValue> values = defaults && prop.fallback() != null && !prop.fallback().sketch().isEmpty()
                        ? null : property(prop.key());
                if (values != null && !values.isEmpty()) {
                    ConfigValue v = preferred(values);
                    out.add(new Part.Known(v.text(), v.origin(), v.origin(), false));
                } else if (prop.fallback() != null && !prop.fallback().sketch().isEmpty()) {
                    expand(prop.fallback().parts(), fromFile, out, depth + 1, defaults);
                } else {
                    // no value, or an empty default ("${iris.account-id:}", val accountId: String = ""): the value
                    // comes from elsewhere at run time (an environment variable, a secret)
                    out.add(new Part.Hole("${" + prop.key() + "}"));
                }
            }
        }
    }

    /**
     * The text method {@code c} returns, for the call {@code ref} in {@code fromFile}: a parameter of that method
     * reads as what the call passes for it (so a number or a path handed to a path helper is where it is sent).
     */
    private void expandCall(Part.ConstantRef ref, Constant c, String fromFile, List<Part> out, int depth, boolean defaults) {
        List<List<Part>> resolvedArgs = new ArrayList<>(java.util.Collections.nCopies(ref.args().size(), null));
        for (Part p : c.value().parts()) {
            int index = boundIndex(p, ref);
            if (index >= 0) {
                out.addAll(resolvedArg(ref, index, resolvedArgs, fromFile, depth, defaults));
            } else if (p instanceof Part.ConstantRef inner && !inner.args().isEmpty()) {
                // accountUrl(suffix) in get(suffix): the inner call's arguments that are this call's parameters are
                // what the caller passed (resolved in the caller's file), so that a path survives a helper of a helper
                expand(List.of(bound(inner, ref, resolvedArgs, fromFile, depth, defaults)), c.file(), out, depth, defaults);
            } else {
                expand(List.of(p), c.file(), out, depth, defaults);
            }
        }
    }

    /** {@code inner}, a call inside the method {@code ref} calls, with that method's parameters in its arguments bound. */
    private Part.ConstantRef bound(Part.ConstantRef inner, Part.ConstantRef ref, List<List<Part>> resolvedArgs, String fromFile,
                                   int depth, boolean defaults) {
        List<AssembledText> args = new ArrayList<>(inner.args().size());
        for (AssembledText a : inner.args()) {
            List<Part> parts = new ArrayList<>();
            for (Part ap : a.parts()) {
                int i = boundIndex(ap, ref);
                if (i >= 0) {
                    parts.addAll(resolvedArg(ref, i, resolvedArgs, fromFile, depth, defaults));
                } else if (ap instanceof Part.ConstantRef nested && !nested.args().isEmpty()) {
                    parts.add(bound(nested, ref, resolvedArgs, fromFile, depth, defaults));
                } else {
                    parts.add(ap);
                }
            }
            args.add(AssembledText.of(parts));
        }
        return new Part.ConstantRef(inner.key(), inner.simpleName(), inner.anchor(), args);
    }

    /** The index of the parameter of the method {@code ref} calls that {@code p} is, or -1. */
    private static int boundIndex(Part p, Part.ConstantRef ref) {
        Part.Param param = p instanceof Part.Hole h ? h.param() : null;
        return param != null && param.index() >= 0 && param.index() < ref.args().size()
                && ref.key().equals(Part.ConstantRef.methodKey(param.owner(), param.name(), param.arity())) ? param.index() : -1;
    }

    /** Argument {@code index} of {@code ref}, resolved in the caller's file once per call. */
    private List<Part> resolvedArg(Part.ConstantRef ref, int index, List<List<Part>> resolved, String fromFile, int depth,
                                   boolean defaults) {
        List<Part> r = resolved.get(index);
        if (r == null) {
            r = new ArrayList<>();
            expand(ref.args().get(index).parts(), fromFile, r, depth, defaults);
            resolved.set(index, r);
        }
        return r;
    }

    private static boolean startsUrl(List<Part> parts) {
        if (parts.isEmpty() || !(parts.get(0) instanceof Part.Known k)) {
            return false;
        }
        String t = k.text().toLowerCase(java.util.Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://");
    }

    private @Nullable Set<String> segmentJoiners;
    private @Nullable Map<String, AssembledText> segmentJoinerPrefixes;
    private @Nullable Map<String, Map<Integer, String>> segmentJoinerLabels;

    private Map<Integer, String> segmentJoinerLabels(String joiner) {
        segmentJoiners();
        return segmentJoinerLabels.getOrDefault(joiner, Map.of());
    }

    /** {@code Owner#name} of a method's key {@code Owner#name(N)}: how segment joiners are known, whatever their arity. */
    private static String joinerOf(Part.ConstantRef ref) {
        return ref.key().substring(0, ref.key().lastIndexOf('('));
    }

    private @Nullable AssembledText segmentJoinerPrefix(String joiner) {
        segmentJoiners();
        return segmentJoinerPrefixes.get(joiner);
    }

    private Set<String> segmentJoiners() {
        if (segmentJoiners == null) {
            Set<String> all = new java.util.HashSet<>();
            Map<String, AssembledText> prefixes = new java.util.HashMap<>();
            Map<String, Map<Integer, String>> labels = new java.util.HashMap<>();
            files.values().forEach(ff -> {
                all.addAll(ff.segmentJoiners);
                prefixes.putAll(ff.segmentJoinerPrefixes);
                labels.putAll(ff.segmentJoinerLabels);
            });
            segmentJoinerPrefixes = prefixes;
            segmentJoinerLabels = labels;
            segmentJoiners = all;
        }
        return segmentJoiners;
    }

    /**
     * A number literal of the constant's own declaration ({@code static final long FAX_LINE = 9192304402L}): it keeps
     * its declaration as anchor, where a reviewer changes it, like a String constant's literal does.
     */
    private static boolean isDeclaredNumber(Part.Known k, Constant c) {
        return k.anchor() != null && k.anchor().sourcePath().equals(c.file()) && !k.text().isEmpty()
                && k.text().chars().allMatch(Character::isDigit);
    }

    private @Nullable Constant constant(Part.ConstantRef ref, String fromFile) {
        Map<String, Constant> all = constants();
        if (!ref.key().startsWith("?#")) {
            Constant c = all.get(ref.key());
            if (c != null || ref.simpleName().endsWith("()")) {
                return c; // an accessor call resolves by its owner only, never by a same-named method elsewhere
            }
        }
        List<Constant> byName = constantsByName.getOrDefault(ref.simpleName(), List.of());
        if (!ref.key().startsWith("?#")) {
            // the owner is named (by its type, or by the qualifier written): only a field of a class of that simple
            // name will do (a nested class may be spelt with '.' or '$'), never a same-named field of another class
            String owner = ref.ownerSimpleName();
            Constant match = null;
            int matches = 0;
            for (Constant c : byName) {
                if (Part.simpleClassName(c.key().substring(0, c.key().indexOf('#'))).equals(owner)) {
                    match = c;
                    matches++;
                }
            }
            return matches == 1 ? match : null;
        }
        if (ref.key().startsWith("?#") || byName.size() == 1) {
            for (Constant c : byName) {
                if (c.file().equals(fromFile)) {
                    return c;
                }
            }
            if (byName.size() == 1 && !SDK_CONSTANTS.containsKey(ref.key())) {
                return byName.get(0);
            }
        }
        return null;
    }

    private Map<String, Constant> constants() {
        if (constants == null) {
            Map<String, Constant> all = new HashMap<>();
            Map<String, List<Constant>> byName = new HashMap<>();
            for (FileFacts ff : files.values()) {
                for (Map.Entry<String, AssembledText> e : ff.constants.entrySet()) {
                    String simple = e.getKey().substring(e.getKey().indexOf('#') + 1);
                    Constant c = new Constant(e.getKey(), simple, ff.path, e.getValue());
                    all.put(e.getKey(), c);
                    byName.computeIfAbsent(simple, k -> new ArrayList<>()).add(c);
                }
            }
            constants = all;
            constantsByName = byName;
        }
        return constants;
    }

    private Map<String, List<ConfigValue>> properties() {
        if (properties == null) {
            Map<String, List<ConfigValue>> all = new HashMap<>();
            for (FileFacts ff : files.values()) {
                for (ConfigValue v : ff.configValues) {
                    all.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v);
                    String relaxed = relaxed(v.key());
                    if (!relaxed.equals(v.key())) {
                        all.computeIfAbsent(relaxed, k -> new ArrayList<>()).add(v);
                    }
                }
            }
            properties = all;
        }
        return properties;
    }

    /** Spring's relaxed binding, enough for lookups: {@code base-url}, {@code baseUrl} and {@code base_url} match. */
    static String relaxed(String key) {
        return key.replace("-", "").replace("_", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The value of a property set in several files that code is read with: the one of the main configuration without
     * a profile ({@code application.yml}, its first document), else a Dashboard URL of a profile's file (the
     * production value, not {@code application-local.properties}'s mock on localhost), else the first.
     */
    static ConfigValue preferred(List<ConfigValue> values) {
        if (values.size() == 1) {
            return values.get(0);
        }
        for (ConfigValue v : values) {
            String path = v.origin().sourcePath();
            if (!PROFILE_FILE.matcher(path).find() && !SourcePaths.isTest(path)) {
                return v;
            }
        }
        for (ConfigValue v : values) {
            if (DashboardUrl.classify(v.text()).isDashboard()) {
                return v;
            }
        }
        return values.get(0);
    }

    /** A profile's configuration file: {@code application-prod.properties}, {@code bootstrap-local.yml}. */
    private static final java.util.regex.Pattern PROFILE_FILE = java.util.regex.Pattern.compile(
            "(?:^|/)[\\w.]+-[\\w.-]+\\.(?:properties|ya?ml)$");

    /**
     * The other values of the property whose value sits at {@code origin} (the same key in a profile's file, or in the
     * main file when {@code origin} is a profile's); none when {@code origin} holds no property value.
     */
    public List<ConfigValue> sameProperty(Origin origin) {
        for (List<ConfigValue> values : properties().values()) {
            for (ConfigValue v : values) {
                if (v.origin().treeId().equals(origin.treeId())) {
                    List<ConfigValue> out = new ArrayList<>();
                    for (ConfigValue other : values) {
                        if (!other.origin().treeId().equals(origin.treeId())) {
                            out.add(other);
                        }
                    }
                    return out;
                }
            }
        }
        return List.of();
    }

    public @Nullable List<ConfigValue> property(String key) {
        List<ConfigValue> v = properties().get(key);
        return v != null ? v : properties().get(relaxed(key));
    }

    private static Map<String, String> sdkConstants() {
        Map<String, String> m = new HashMap<>();
        String[][] irisPath = {
                {"SITES_URI_PATH", "sites"}, {"AVAILABLE_NUMBERS_URI_PATH", "availableNumbers"}, {"ORDERS_URI_PATH", "orders"},
                {"DISCONNECTS_URI_PATH", "disconnects"}, {"SIPPEERS_URI_PATH", "sippeers"}, {"RESERVATIONS_URI_PATH", "tnreservation"},
                {"LNPCHECKER_URI_PATH", "lnpchecker"}, {"AVAILABLE_NPANXX_URI_PATH", "availableNpaNxx"}, {"LNP_URI_PATH", "portins"},
                {"SUBSCRIPTIONS_URI_PATH", "subscriptions"}, {"CITIES_URI_PATH", "cities"}, {"RATECENTERS_URI_PATH", "rateCenters"},
                {"TNS_URI_PATH", "tns"}, {"COVERED_RATE_CENTER_URI_PATH", "coveredRateCenters"},
                {"INSERVICE_NUMBERS_URI_PATH", "inserviceNumbers"}, {"PORTOUT_URI_PATH", "portouts"},
                {"IMPORT_TN_ORDERS", "importTnOrders"}, {"REMOVE_IMPORTED_TN_ORDERS", "removeImportedTnOrders"},
                {"IMPORT_TN_CHECKER", "importTnChecker"}, {"TN_OPTIONS", "tnoptions"}};
        for (String[] c : irisPath) {
            m.put("com.bandwidth.iris.sdk.IrisPath#" + c[0], c[1]);
        }
        return Collections.unmodifiableMap(m);
    }
}
