import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a realistic Maven project for the iris-migrate benchmark (see bench/README.md).
 *
 * <pre>java bench/GenerateProject.java &lt;dir&gt; [N]</pre>
 *
 * N Java files (default 5,000) of about 100 lines each, in domain packages of DTOs, repositories, services,
 * utilities, controllers and framework-free tests that call each other; plus resources (application.properties,
 * application.yml, XML and JSON templates). About 1% of the Java files (at least enough to hold every variant
 * once) carry Dashboard API v1 usages of every rule in varied forms; about 3% carry look-alikes that must not be
 * reported. Four of the N files are fixed: a minimal stand-in for the Iris SDK (so that no dependency is needed)
 * and a constants class. Deterministic: a fixed seed, no clock, no environment.
 */
public class GenerateProject {

    static final long SEED = 20240611L;
    static final String GROUP = "com.example.telco";
    static final String[] DOMAINS = {"orders", "billing", "customers", "inventory", "shipping", "numbers", "porting",
            "support", "catalog", "reports", "provisioning", "accounts", "invoices", "payments", "tenants", "routing",
            "campaigns", "devices", "sites", "audit"};
    static final String[] NOUNS = {"Order", "Invoice", "Customer", "Item", "Shipment", "Line", "Port", "Ticket",
            "Product", "Report", "Task", "Account", "Charge", "Payment", "Tenant", "Route", "Campaign", "Device",
            "Site", "Event", "Contact", "Plan", "Quota", "Note"};
    static final String[] FIELD_TYPES = {"String", "long", "int", "boolean", "java.math.BigDecimal", "java.time.Instant",
            "String", "String"};
    static final String[] FIELD_NAMES = {"name", "status", "code", "region", "owner", "label", "reference", "channel",
            "priority", "amount", "createdAt", "updatedAt", "active", "quantity", "version", "description", "tier",
            "currency", "externalId", "notes"};

    // Kinds of file within each group of 40 (one package): 10 DTOs, 8 repositories, 4 utilities, 10 services,
    // 4 controllers, 4 tests. A file only refers to lower slots of its package (and to slot 22, a service, of
    // another package that has one), so a last, partial group still compiles.
    enum Kind { DTO, REPO, SERVICE, UTIL, CONTROLLER, TEST }

    static Kind kindOf(int slot) {
        if (slot < 10) return Kind.DTO;
        if (slot < 18) return Kind.REPO;
        if (slot < 22) return Kind.UTIL;
        if (slot < 32) return Kind.SERVICE;
        if (slot < 36) return Kind.CONTROLLER;
        return Kind.TEST;
    }

    final Path root;
    final int n;
    final Random rnd = new Random(SEED);
    int javaFiles;
    int v1Files;
    int lookalikeFiles;
    int variantUses;

    GenerateProject(Path root, int n) {
        this.root = root;
        this.n = n;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java bench/GenerateProject.java <dir> [N=5000]");
            System.exit(2);
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        if (n < 40) {
            System.err.println("N must be at least 40");
            System.exit(2);
        }
        GenerateProject g = new GenerateProject(Path.of(args[0]), n);
        g.run();
        System.out.printf(Locale.ROOT, "generated %s: %d Java files, %d with v1 usages (%d snippets), %d with look-alikes%n",
                args[0], g.javaFiles, g.v1Files, g.variantUses, g.lookalikeFiles);
    }

    // ------------------------------------------------------------------------------------------------ layout

    String pkg(int group) {
        String domain = DOMAINS[group % DOMAINS.length];
        int shard = group / DOMAINS.length;
        return GROUP + "." + domain + (shard == 0 ? "" : ".part" + shard);
    }

    /** Class name of the file in slot {@code slot} of group {@code group}. */
    String className(int group, int slot) {
        Kind k = kindOf(slot);
        String base = NOUNS[(group * 5 + slot) % NOUNS.length];
        return switch (k) {
            case DTO -> base + "Dto" + slot;
            case REPO -> NOUNS[(group * 5 + slot - 10) % NOUNS.length] + "Repository" + slot;
            case SERVICE -> NOUNS[(group * 5 + slot - 22) % NOUNS.length] + "Service" + slot;
            case UTIL -> NOUNS[(group * 5 + slot) % NOUNS.length] + "Util" + slot;
            case CONTROLLER -> NOUNS[(group * 5 + slot) % NOUNS.length] + "Controller" + slot;
            case TEST -> NOUNS[(group * 5 + slot) % NOUNS.length] + "ServiceTest" + slot;
        };
    }

    void run() throws IOException {
        Files.createDirectories(root);
        writePom();
        writeFixedFiles();
        int generated = n - 4; // four fixed files
        int groups = (generated - 22 + 39) / 40; // groups that hold slot 22, the service other packages call
        int v1Count = Math.max(generated / 100, (JavaV1.VARIANTS + 2) / 3);
        int lookCount = Math.max(generated * 3 / 100, LookAlikes.VARIANTS);
        // Spread v1 and look-alike files evenly over services, utilities and controllers, deterministically.
        List<Integer> hosts = new ArrayList<>();
        for (int i = 0; i < generated; i++) {
            Kind k = kindOf(i % 40);
            if (k == Kind.SERVICE || k == Kind.UTIL || k == Kind.CONTROLLER || k == Kind.TEST) hosts.add(i);
        }
        java.util.Collections.shuffle(hosts, rnd);
        java.util.Set<Integer> v1Hosts = new java.util.HashSet<>(hosts.subList(0, Math.min(v1Count, hosts.size())));
        java.util.Set<Integer> lookHosts = new java.util.HashSet<>(hosts.subList(Math.min(v1Count, hosts.size()),
                Math.min(v1Count + lookCount, hosts.size())));
        int v1Seq = 0;
        int lookSeq = 0;
        for (int i = 0; i < generated; i++) {
            int group = i / 40;
            int slot = i % 40;
            String extra = "";
            String extraImports = "";
            if (v1Hosts.contains(i)) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < 3; k++) {
                    sb.append(JavaV1.snippet(v1Seq * 3 + k));
                    variantUses++;
                }
                v1Seq++;
                v1Files++;
                extra = sb.toString();
                extraImports = JavaV1.IMPORTS;
            } else if (lookHosts.contains(i)) {
                extra = LookAlikes.snippet(lookSeq++);
                lookalikeFiles++;
                extraImports = LookAlikes.IMPORTS;
            }
            writeJava(group, slot, groups, extra, extraImports);
        }
        writeResources(groups);
    }

    // ------------------------------------------------------------------------------------------------ pom + fixed

    void writePom() {
        write(root.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                  <modelVersion>4.0.0</modelVersion>
                  <!-- Generated by iris-migrate's bench/GenerateProject.java: a number-management monolith. -->
                  <groupId>com.example.telco</groupId>
                  <artifactId>telco-bench</artifactId>
                  <version>1.0.0</version>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>3.13.0</version>
                        <configuration>
                          <release>17</release>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """);
    }

    void writeFixedFiles() {
        Path sdk = root.resolve("src/main/java/com/bandwidth/iris/sdk");
        write(sdk.resolve("IrisClient.java"), """
                package com.bandwidth.iris.sdk;

                /** Minimal stand-in for the Iris SDK's client, so that the benchmark project needs no dependency. */
                public class IrisClient {
                    private final String accountId;

                    public IrisClient(String accountId, String user, String password) {
                        this.accountId = accountId;
                    }

                    public IrisClient(String uri, String accountId, String user, String password, String version) {
                        this.accountId = accountId;
                    }

                    public String getAccountId() {
                        return accountId;
                    }
                }
                """);
        write(sdk.resolve("model/ImportTnOrder.java"), """
                package com.bandwidth.iris.sdk.model;

                import com.bandwidth.iris.sdk.IrisClient;

                /** Minimal stand-in for the Iris SDK's import order model. */
                public class ImportTnOrder {
                    private String customerOrderId;

                    public static ImportTnOrder Create(IrisClient client, ImportTnOrder order) {
                        return order;
                    }

                    public static ImportTnOrder Get(IrisClient client, String orderId) {
                        return new ImportTnOrder();
                    }

                    public String getCustomerOrderId() {
                        return customerOrderId;
                    }

                    public void setCustomerOrderId(String customerOrderId) {
                        this.customerOrderId = customerOrderId;
                    }
                }
                """);
        write(sdk.resolve("model/RemoveImportedTnOrder.java"), """
                package com.bandwidth.iris.sdk.model;

                import com.bandwidth.iris.sdk.IrisClient;

                /** Minimal stand-in for the Iris SDK's removal order model. */
                public class RemoveImportedTnOrder {
                    public static RemoveImportedTnOrder Create(IrisClient client, RemoveImportedTnOrder order) {
                        return order;
                    }
                }
                """);
        write(root.resolve("src/main/java/com/example/telco/integration/IrisEndpoints.java"), """
                package com.example.telco.integration;

                /** Endpoints of the Bandwidth Dashboard (Iris) API, shared by the integration code. */
                public final class IrisEndpoints {
                    public static final String DASHBOARD_HOST = "https://dashboard.bandwidth.com";
                    public static final String DASHBOARD_BASE = DASHBOARD_HOST + "/api";
                    public static final String E911_ADDRESSES = "/accounts/{accountId}/addresses";
                    public static final String IMPORT_ORDERS = "/importTnOrders";
                    public static final String REMOVE_IMPORTED = "/removeImportedTnOrders";
                    public static final String EXTERNAL_TNS = "/externalTns";
                    public static final String MESSAGING_BASE = "https://messaging.bandwidth.com/api/v2";
                    public static final long REQUEST_TIMEOUT_MILLIS = 30_000L;

                    private IrisEndpoints() {
                    }
                }
                """);
        javaFiles += 4;
    }

    // ------------------------------------------------------------------------------------------------ Java files

    void writeJava(int group, int slot, int groups, String extra, String extraImports) {
        String pkg = pkg(group);
        String cls = className(group, slot);
        Kind kind = kindOf(slot);
        String body = switch (kind) {
            case DTO -> dto(group, slot);
            case REPO -> repo(group, slot);
            case SERVICE -> service(group, slot, groups);
            case UTIL -> util(group, slot);
            case CONTROLLER -> controller(group, slot);
            case TEST -> test(group, slot);
        };
        String imports = imports(kind, group, slot, groups) + extraImports;
        StringBuilder sb = new StringBuilder();
        sb.append("package ").append(pkg).append(";\n\n").append(imports).append('\n');
        sb.append("/**\n * ").append(doc(kind, cls)).append("\n */\n");
        sb.append("public class ").append(cls).append(" {\n").append(body).append(extra).append("}\n");
        String dir = kind == Kind.TEST ? "src/test/java/" : "src/main/java/";
        write(root.resolve(dir + pkg.replace('.', '/') + "/" + cls + ".java"), sb.toString());
        javaFiles++;
    }

    String doc(Kind kind, String cls) {
        return switch (kind) {
            case DTO -> "Transfer object " + cls + " exchanged between the web layer and the services.";
            case REPO -> "In-memory repository " + cls + "; the production build swaps in a JDBC one.";
            case SERVICE -> "Business logic of " + cls + ": validation, pricing and orchestration.";
            case UTIL -> "Small helpers shared by the services of this package.";
            case CONTROLLER -> "Request handling for " + cls + "; maps requests onto services.";
            case TEST -> "Framework-free checks of the services of this package (run with main).";
        };
    }

    String imports(Kind kind, int group, int slot, int groups) {
        StringBuilder sb = new StringBuilder();
        switch (kind) {
            case DTO -> sb.append("import java.util.Objects;\n");
            case REPO -> sb.append("import java.util.ArrayList;\nimport java.util.List;\nimport java.util.Map;\n")
                    .append("import java.util.Optional;\nimport java.util.concurrent.ConcurrentHashMap;\n");
            case SERVICE -> {
                sb.append("import java.util.List;\nimport java.util.Optional;\nimport java.util.logging.Logger;\n");
                int other = otherGroup(group, groups);
                if (other != group) {
                    sb.append("import ").append(pkg(other)).append('.').append(className(other, 22)).append(";\n");
                }
            }
            case UTIL -> sb.append("import java.util.List;\nimport java.util.Locale;\nimport java.util.stream.Collectors;\n");
            case CONTROLLER -> sb.append("import java.util.List;\nimport java.util.Map;\nimport java.util.HashMap;\n");
            case TEST -> sb.append("import java.util.List;\n");
        }
        return sb.toString();
    }

    int otherGroup(int group, int groups) {
        if (groups <= 1) return group;
        int other = (group + 1 + (group * 13) % (groups - 1)) % groups;
        return other;
    }

    /** The DTO a service (slot 22..31) works on; repositories of slot 10 + k hold DTO k. */
    String serviceDto(int group, int serviceSlot) {
        return className(group, (serviceSlot - 22) % 8);
    }

    String dtoName(int group, int slot) {
        return className(group, slot % 10);
    }

    String dto(int group, int slot) {
        StringBuilder f = new StringBuilder();
        StringBuilder acc = new StringBuilder();
        List<String> names = new ArrayList<>();
        int fields = 8;
        for (int i = 0; i < fields; i++) {
            String name = FIELD_NAMES[(group + slot * 3 + i) % FIELD_NAMES.length];
            if (names.contains(name)) name = name + i;
            names.add(name);
            String type = FIELD_TYPES[(group + slot + i) % FIELD_TYPES.length];
            f.append("    private ").append(type).append(' ').append(name).append(";\n");
            String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            acc.append("\n    public ").append(type).append(type.equals("boolean") ? " is" : " get").append(cap).append("() {\n")
                    .append("        return ").append(name).append(";\n    }\n")
                    .append("\n    public void set").append(cap).append('(').append(type).append(' ').append(name).append(") {\n")
                    .append("        this.").append(name).append(" = ").append(name).append(";\n    }\n");
        }
        String cls = className(group, slot);
        StringBuilder eq = new StringBuilder("\n    @Override\n    public boolean equals(Object o) {\n")
                .append("        if (this == o) {\n            return true;\n        }\n")
                .append("        if (!(o instanceof ").append(cls).append(" other)) {\n            return false;\n        }\n")
                .append("        return ");
        StringBuilder hash = new StringBuilder("\n    @Override\n    public int hashCode() {\n        return Objects.hash(");
        StringBuilder str = new StringBuilder("\n    @Override\n    public String toString() {\n        return \"")
                .append(cls).append("{\"");
        for (int i = 0; i < names.size(); i++) {
            String nm = names.get(i);
            eq.append(i == 0 ? "" : "\n                && ").append("Objects.equals(").append(nm).append(", other.").append(nm).append(')');
            hash.append(i == 0 ? "" : ", ").append(nm);
            str.append("\n                + \"").append(i == 0 ? "" : ", ").append(nm).append("=\" + ").append(nm);
        }
        eq.append(";\n    }\n");
        hash.append(");\n    }\n");
        str.append("\n                + \"}\";\n    }\n");
        return f + acc.toString() + eq + hash + str;
    }

    String repo(int group, int slot) {
        String dto = dtoName(group, slot);
        return """
                    private final Map<String, %1$s> store = new ConcurrentHashMap<>();
                    private long saves;

                    public %1$s save(String id, %1$s value) {
                        if (id == null || id.isBlank()) {
                            throw new IllegalArgumentException("id is required");
                        }
                        saves++;
                        store.put(id, value);
                        return value;
                    }

                    public Optional<%1$s> findById(String id) {
                        return Optional.ofNullable(store.get(id));
                    }

                    public List<%1$s> findAll() {
                        return new ArrayList<>(store.values());
                    }

                    public List<%1$s> findPage(int page, int size) {
                        List<%1$s> all = findAll();
                        int from = Math.min(page * size, all.size());
                        int to = Math.min(from + size, all.size());
                        return all.subList(from, to);
                    }

                    public boolean delete(String id) {
                        return store.remove(id) != null;
                    }

                    public int count() {
                        return store.size();
                    }

                    public long saves() {
                        return saves;
                    }

                    public void clear() {
                        store.clear();
                        saves = 0;
                    }

                    public boolean exists(String id) {
                        return store.containsKey(id);
                    }

                    public List<String> ids() {
                        List<String> ids = new ArrayList<>(store.keySet());
                        ids.sort(String::compareTo);
                        return ids;
                    }

                    public Map<String, %1$s> snapshot() {
                        return Map.copyOf(store);
                    }

                    public int replaceAll(Map<String, %1$s> values) {
                        int changed = 0;
                        for (Map.Entry<String, %1$s> e : values.entrySet()) {
                            if (!e.getValue().equals(store.get(e.getKey()))) {
                                store.put(e.getKey(), e.getValue());
                                changed++;
                            }
                        }
                        return changed;
                    }

                    public Optional<String> firstId() {
                        return ids().stream().findFirst();
                    }

                    public Optional<String> lastId() {
                        List<String> ids = ids();
                        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(ids.size() - 1));
                    }

                    public int deleteAll(List<String> ids) {
                        int removed = 0;
                        for (String id : ids) {
                            if (delete(id)) {
                                removed++;
                            }
                        }
                        return removed;
                    }

                    public boolean isEmpty() {
                        return store.isEmpty();
                    }
                """.formatted(dto);
    }

    String service(int group, int slot, int groups) {
        String cls = className(group, slot);
        String repo = className(group, 10 + (slot - 22) % 8);
        String dto = serviceDto(group, slot);
        String util = className(group, 18 + slot % 4);
        int other = otherGroup(group, groups);
        String otherSvc = other != group && group < groups ? className(other, 22) : null;
        int limit = 10 + rnd.nextInt(90);
        return """
                    private static final Logger LOG = Logger.getLogger(%1$s.class.getName());
                    private static final int LIMIT = %5$d;

                    private final %2$s repository = new %2$s();

                    public %3$s create(String id, %3$s value) {
                        if (repository.count() >= LIMIT * 100) {
                            throw new IllegalStateException("quota reached for " + id);
                        }
                        LOG.fine(() -> "creating " + id);
                        return repository.save(%4$s.normalize(id), value);
                    }

                    public Optional<%3$s> find(String id) {
                        return repository.findById(%4$s.normalize(id));
                    }

                    public List<%3$s> list(int page) {
                        return repository.findPage(page, LIMIT);
                    }

                    public boolean remove(String id) {
                        boolean removed = repository.delete(%4$s.normalize(id));
                        if (removed) {
                            LOG.info("removed " + id);
                        }
                        return removed;
                    }

                    public int size() {
                        return repository.count();
                    }

                    public String describe() {
                        return %4$s.join(repository.ids()) + " (" + size() + ")";
                    }

                    public int importAll(List<String> ids, %3$s template) {
                        int created = 0;
                        for (String id : ids) {
                            if (!repository.exists(%4$s.normalize(id))) {
                                create(id, template);
                                created++;
                            }
                        }
                        return created;
                    }

                    public long pages() {
                        return (size() + LIMIT - 1) / LIMIT;
                    }

                    public boolean validate(String id) {
                        return %4$s.isValidId(id) && find(id).isPresent();
                    }

                    public String summary() {
                        StringBuilder sb = new StringBuilder();
                        sb.append("service=").append(getClass().getSimpleName());
                        sb.append(", size=").append(size());
                        sb.append(", pages=").append(pages());
                        return sb.toString();
                    }
                %6$s
                    public int reconcile(List<String> wanted) {
                        int removed = 0;
                        for (String id : repository.ids()) {
                            if (!wanted.contains(id)) {
                                remove(id);
                                removed++;
                            }
                        }
                        return removed;
                    }
                """.formatted(cls, repo, dto, util, limit,
                otherSvc == null ? "" : """

                    public String related() {
                        %1$s other = new %1$s();
                        return other.describe() + " / " + describe();
                    }
                """.formatted(otherSvc));
    }

    String util(int group, int slot) {
        int pad = 4 + rnd.nextInt(8);
        return """
                    private static final int PAD = %1$d;

                    private %2$s() {
                    }

                    public static String normalize(String id) {
                        return id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
                    }

                    public static boolean isValidId(String id) {
                        if (id == null || id.isEmpty() || id.length() > 64) {
                            return false;
                        }
                        for (int i = 0; i < id.length(); i++) {
                            char c = id.charAt(i);
                            if (!Character.isLetterOrDigit(c) && c != '-' && c != '_') {
                                return false;
                            }
                        }
                        return true;
                    }

                    public static String join(List<String> parts) {
                        return parts.stream().map(%2$s::normalize).collect(Collectors.joining(","));
                    }

                    public static String pad(String s) {
                        StringBuilder sb = new StringBuilder(s);
                        while (sb.length() < PAD) {
                            sb.insert(0, '0');
                        }
                        return sb.toString();
                    }

                    public static String slug(String title) {
                        return normalize(title).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
                    }

                    public static List<String> split(String csv) {
                        return List.of(csv.split("\\\\s*,\\\\s*"));
                    }

                    public static String mask(String value) {
                        if (value == null || value.length() < 4) {
                            return "****";
                        }
                        return "****" + value.substring(value.length() - 4);
                    }

                    public static int checksum(String value) {
                        int sum = 0;
                        for (char c : value.toCharArray()) {
                            sum = 31 * sum + c;
                        }
                        return Math.abs(sum %% 9973);
                    }

                    public static String truncate(String value, int max) {
                        return value.length() <= max ? value : value.substring(0, max) + "...";
                    }
                """.formatted(pad, className(group, slot));
    }

    String controller(int group, int slot) {
        String svc = className(group, 22 + slot % 10);
        String dto = serviceDto(group, 22 + slot % 10);
        return """
                    private final %1$s service = new %1$s();
                    private final Map<String, Integer> hits = new HashMap<>();

                    public Map<String, Object> get(String id) {
                        count("get");
                        Map<String, Object> response = new HashMap<>();
                        service.find(id).ifPresentOrElse(
                                v -> response.put("body", v),
                                () -> response.put("status", 404));
                        return response;
                    }

                    public Map<String, Object> post(String id, %2$s body) {
                        count("post");
                        Map<String, Object> response = new HashMap<>();
                        if (!service.validate(id) && body == null) {
                            response.put("status", 400);
                            return response;
                        }
                        response.put("body", service.create(id, body));
                        response.put("status", 201);
                        return response;
                    }

                    public Map<String, Object> delete(String id) {
                        count("delete");
                        return Map.of("status", service.remove(id) ? 204 : 404);
                    }

                    public List<%2$s> list(int page) {
                        count("list");
                        return service.list(page);
                    }

                    public Map<String, Object> health() {
                        return Map.of("status", "UP", "size", service.size(), "summary", service.summary());
                    }

                    public Map<String, Integer> hits() {
                        return Map.copyOf(hits);
                    }

                    private void count(String op) {
                        hits.merge(op, 1, Integer::sum);
                    }

                    public String route() {
                        return "/api/%3$s/" + getClass().getSimpleName().toLowerCase();
                    }
                """.formatted(svc, dto, DOMAINS[group % DOMAINS.length]);
    }

    String test(int group, int slot) {
        String svc = className(group, 22 + slot % 10);
        String dto = serviceDto(group, 22 + slot % 10);
        return """
                    private int failures;

                    public static void main(String[] args) {
                        %2$s t = new %2$s();
                        t.createAndFind();
                        t.removeMissing();
                        t.paging();
                        t.summary();
                        if (t.failures > 0) {
                            throw new AssertionError(t.failures + " checks failed");
                        }
                    }

                    void createAndFind() {
                        %1$s service = new %1$s();
                        service.create("A-1", new %3$s());
                        check(service.find("a-1").isPresent(), "created value is found");
                        check(service.size() == 1, "one value");
                    }

                    void removeMissing() {
                        %1$s service = new %1$s();
                        check(!service.remove("missing"), "removing a missing id is false");
                    }

                    void paging() {
                        %1$s service = new %1$s();
                        for (int i = 0; i < 25; i++) {
                            service.create("id-" + i, new %3$s());
                        }
                        List<%3$s> first = service.list(0);
                        check(!first.isEmpty(), "first page not empty");
                        check(service.pages() >= 1, "at least one page");
                    }

                    void summary() {
                        %1$s service = new %1$s();
                        check(service.summary().contains("size=0"), "summary names the size");
                    }

                    private void check(boolean ok, String what) {
                        if (!ok) {
                            failures++;
                            System.err.println("FAILED: " + what);
                        }
                    }
                """.formatted(svc, className(group, slot), dto);
    }

    // ------------------------------------------------------------------------------------------------ v1 usages

    /** Dashboard v1 usages, in the forms customers write them. Each snippet is a set of members of a class. */
    static final class JavaV1 {
        static final String IMPORTS = """
                import com.example.telco.integration.IrisEndpoints;
                import java.net.URI;
                import java.net.http.HttpRequest;
                """;

        static final String[] SNIPPETS = {
                // BW001 + BW002: constant base, concatenation
                """

                    private static final String IRIS_BASE_%1$d = "https://dashboard.bandwidth.com/api";

                    public URI e911Addresses%1$d(String accountId) {
                        return URI.create(IRIS_BASE_%1$d + "/accounts/" + accountId + "/addresses");
                    }
                """,
                // BW001: /api/v1/ literal
                """

                    public HttpRequest sites%1$d(String accountId) {
                        return HttpRequest.newBuilder(URI.create("https://dashboard.bandwidth.com/api/v1/accounts/" + accountId + "/sites"))
                                .GET().build();
                    }
                """,
                // BW001 + BW002: String.format on the test host with /v1.0/
                """

                    public URI e911Address%1$d(String accountId, String addressId) {
                        return URI.create(String.format("https://test.dashboard.bandwidth.com/v1.0/accounts/%%s/addresses/%%s", accountId, addressId));
                    }
                """,
                // BW001 FLAG: legacy inetwork host
                """

                    public URI legacyOrders%1$d(String accountId) {
                        return URI.create("https://api.inetwork.com/v1.0/accounts/" + accountId + "/orders");
                    }
                """,
                // BW001 + BW003: constants of another class
                """

                    public URI importOrders%1$d(String accountId) {
                        return URI.create(IrisEndpoints.DASHBOARD_HOST + "/api/accounts/" + accountId + IrisEndpoints.IMPORT_ORDERS);
                    }
                """,
                // BW003: StringBuilder, removals
                """

                    public URI removals%1$d(String accountId) {
                        StringBuilder url = new StringBuilder(IrisEndpoints.DASHBOARD_BASE);
                        url.append("/accounts/").append(accountId).append("/removeImportedTnOrders");
                        return URI.create(url.toString());
                    }
                """,
                // BW003: sub-path of import orders, formatted()
                """

                    public URI importHistory%1$d(String accountId, String orderId) {
                        return URI.create("%%s/accounts/%%s/importTnOrders/%%s/history".formatted(IrisEndpoints.DASHBOARD_BASE, accountId, orderId));
                    }
                """,
                // BW004: external TNs, with java.net.URI.resolve
                """

                    public URI externalTns%1$d(String accountId) {
                        String path = "/api/accounts/" + accountId + IrisEndpoints.EXTERNAL_TNS;
                        return URI.create(IrisEndpoints.DASHBOARD_HOST + path);
                    }
                """,
                // BW005: areaCode query string
                """

                    public URI availableNumbers%1$d(String accountId, int quantity) {
                        return URI.create(IrisEndpoints.DASHBOARD_BASE + "/accounts/" + accountId
                                + "/availableNumbers?areaCode=919&quantity=" + quantity);
                    }
                """,
                // BW005: lower-case areacode with String.format
                """

                    public URI npaNxx%1$d(String accountId, String areaCode) {
                        return URI.create(String.format("%%s/accounts/%%s/availableNpaNxx?areacode=%%s", IrisEndpoints.DASHBOARD_BASE, accountId, areaCode));
                    }
                """,
                // BW006: XML payload text block with 10-digit numbers sent to the API
                """

                    public HttpRequest orderNumbers%1$d(String accountId) {
                        String body = \"""
                                <Order>
                                  <ExistingTelephoneNumberOrderType>
                                    <TelephoneNumberList>
                                      <TelephoneNumber>9195551234</TelephoneNumber>
                                      <TelephoneNumber>9195551235</TelephoneNumber>
                                    </TelephoneNumberList>
                                  </ExistingTelephoneNumberOrderType>
                                  <SiteId>%1$d</SiteId>
                                </Order>
                                \""";
                        return HttpRequest.newBuilder(URI.create("https://dashboard.bandwidth.com/api/v2/accounts/" + accountId + "/orders"))
                                .header("Content-Type", "application/xml")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    }
                """,
                // BW006: number in a URL path
                """

                    public URI tnDetails%1$d() {
                        return URI.create("https://dashboard.bandwidth.com/api/v2/tns/9195550%2$03d/tndetails");
                    }
                """,
                // BW007: 10-digit assumptions on numbers read from the API
                """

                    public String areaOf%1$d(String accountId, String inserviceXml) {
                        URI uri = URI.create(IrisEndpoints.DASHBOARD_BASE + "/v2/accounts/" + accountId + "/inserviceNumbers");
                        String tn = inserviceXml.replaceAll("(?s).*<TelephoneNumber>(.*?)</TelephoneNumber>.*", "$1");
                        if (tn.length() == 10 && tn.matches("\\\\d{10}")) {
                            return uri.getHost() + ":" + tn.substring(0, 3);
                        }
                        return "";
                    }
                """,
                // BW007 + BW008: numeric TNs and area codes parsed from an API response
                """

                    public long parseTn%1$d(String accountId, String responseTn, String responseAreaCode) {
                        URI uri = URI.create(IrisEndpoints.DASHBOARD_BASE + "/v2/accounts/" + accountId + "/tns");
                        int areaCode = Integer.parseInt(responseAreaCode);
                        long tn = Long.parseLong(responseTn);
                        return uri.getPort() + areaCode + tn;
                    }
                """,
                // BW009: sippeer TNs with messaging settings
                """

                    public HttpRequest enableSms%1$d(String accountId, String siteId, String peerId, String tn) {
                        String payload = \"""
                                <SipPeerTelephoneNumber>
                                  <FullNumber>%%s</FullNumber>
                                  <SmsSettings>
                                    <SmsEnabled>true</SmsEnabled>
                                  </SmsSettings>
                                </SipPeerTelephoneNumber>
                                \""".formatted(tn);
                        String url = IrisEndpoints.DASHBOARD_BASE + "/v2/accounts/" + accountId + "/sites/" + siteId + "/sippeers/" + peerId + "/tns/" + tn;
                        return HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofString(payload)).build();
                    }
                """,
                // BW010: Subscription payload without NumberFormat
                """

                    public HttpRequest subscribe%1$d(String accountId) {
                        String payload = \"""
                                <Subscription>
                                  <OrderType>orders</OrderType>
                                  <CallbackSubscription>
                                    <URL>https://hooks.example.com/iris/orders</URL>
                                    <Expiry>3153600000</Expiry>
                                  </CallbackSubscription>
                                </Subscription>
                                \""";
                        return HttpRequest.newBuilder(URI.create(IrisEndpoints.DASHBOARD_BASE + "/v2/accounts/" + accountId + "/subscriptions"))
                                .POST(HttpRequest.BodyPublishers.ofString(payload)).build();
                    }
                """,
                // BW011 + BW001: SDK calls hard-coded to v1 routes
                """

                    public com.bandwidth.iris.sdk.model.ImportTnOrder sdkImport%1$d(String accountId, String user, String password) {
                        com.bandwidth.iris.sdk.IrisClient client = new com.bandwidth.iris.sdk.IrisClient(accountId, user, password);
                        return com.bandwidth.iris.sdk.model.ImportTnOrder.Create(client, new com.bandwidth.iris.sdk.model.ImportTnOrder());
                    }
                """,
                // BW011: removal via the SDK, client built with an explicit v1.0 version
                """

                    public Object sdkRemove%1$d(String accountId, String user, String password) {
                        com.bandwidth.iris.sdk.IrisClient client = new com.bandwidth.iris.sdk.IrisClient(
                                "https://dashboard.bandwidth.com", accountId, user, password, "v1.0");
                        return com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.Create(client, new com.bandwidth.iris.sdk.model.RemoveImportedTnOrder());
                    }
                """,
                // BW002: e911 path constant of another class, placeholder replaced
                """

                    public URI e911FromTemplate%1$d(String accountId) {
                        return URI.create(IrisEndpoints.DASHBOARD_HOST + "/api/v2" + IrisEndpoints.E911_ADDRESSES.replace("{accountId}", accountId));
                    }
                """,
                // BW001: base read from a system property with a v1 default (config value)
                """

                    public URI portIns%1$d(String accountId) {
                        String base = System.getProperty("iris.base-url", "https://dashboard.bandwidth.com/v1.0");
                        return URI.create(base + "/accounts/" + accountId + "/portins");
                    }
                """,
        };
        static final int VARIANTS = SNIPPETS.length;

        static String snippet(int seq) {
            return SNIPPETS[seq % VARIANTS].formatted(seq, seq % 1000);
        }
    }

    /** Code that looks like a Dashboard v1 usage but is not one. */
    static final class LookAlikes {
        static final String IMPORTS = """
                import java.net.URI;
                import java.time.Instant;
                import java.util.logging.Logger;
                """;

        static final String[] SNIPPETS = {
                // Messaging / voice APIs (other Bandwidth APIs)
                """

                    private static final String MESSAGING_%1$d = "https://messaging.bandwidth.com/api/v2/users/%%s/messages";

                    public URI messages%1$d(String accountId) {
                        return URI.create(String.format(MESSAGING_%1$d, accountId));
                    }

                    public URI calls%1$d(String accountId) {
                        return URI.create("https://voice.bandwidth.com/api/v2/accounts/" + accountId + "/calls");
                    }
                """,
                // The customer's own /api/ endpoints, with addresses and areaCode in their domain
                """

                    private static final String OWN_API_%1$d = "http://localhost:8080/api/accounts/";

                    public URI ownAddresses%1$d(String accountId) {
                        return URI.create(OWN_API_%1$d + accountId + "/addresses");
                    }

                    public URI ownSearch%1$d(String areaCode) {
                        return URI.create("/api/customers/search?areaCode=" + areaCode);
                    }
                """,
                // Epochs, limits and ids that have 10 digits but are not phone numbers
                """

                    private static final long CUTOVER_EPOCH_%1$d = 1700000000L;
                    private static final int MAX_%1$d = 2147483647;
                    private static final String LEGACY_ORDER_ID_%1$d = "4105550000";

                    public boolean afterCutover%1$d(Instant when) {
                        return when.getEpochSecond() > CUTOVER_EPOCH_%1$d && MAX_%1$d > 0 && !LEGACY_ORDER_ID_%1$d.isEmpty();
                    }
                """,
                // Logs and comments that mention the v1 URL, and a v2 call
                """

                    private static final Logger AUDIT_%1$d = Logger.getLogger("audit");

                    // Old docs: https://dashboard.bandwidth.com/api/accounts/{id}/addresses (v1)
                    public URI e911V2_%1$d(String accountId) {
                        AUDIT_%1$d.info("moved off https://dashboard.bandwidth.com/api/accounts/" + accountId + "/importTnOrders");
                        return URI.create("https://dashboard.bandwidth.com/api/v2/accounts/" + accountId + "/e911Addresses");
                    }
                """,
                // MFA, lookup and Catapult (areaCode of another API)
                """

                    public URI mfa%1$d(String accountId) {
                        return URI.create("https://mfa.bandwidth.com/api/v1/accounts/" + accountId + "/code/voice");
                    }

                    public URI catapultNumbers%1$d(String userId) {
                        return URI.create("https://api.catapult.inetwork.com/v1/users/" + userId + "/availableNumbers/local?areaCode=919");
                    }

                    public URI lookup%1$d(String accountId) {
                        return URI.create("https://numbers.bandwidth.com/api/v1/accounts/" + accountId + "/tnlookup");
                    }
                """,
        };
        static final int VARIANTS = SNIPPETS.length;

        static String snippet(int seq) {
            return SNIPPETS[seq % VARIANTS].formatted(seq);
        }
    }

    // ------------------------------------------------------------------------------------------------ resources

    void writeResources(int groups) {
        Path res = root.resolve("src/main/resources");
        write(res.resolve("application.properties"), """
                # Service configuration
                server.port=8080
                spring.application.name=telco-bench
                # Dashboard (Iris) API
                iris.base-url=https://dashboard.bandwidth.com/api
                iris.account-id=9900001
                iris.timeout-ms=30000
                # Messaging API: already v2, not the Dashboard
                messaging.base-url=https://messaging.bandwidth.com/api/v2
                # Own API
                app.public-url=https://numbers.example.com/api/accounts
                cache.ttl-seconds=3600
                cache.cutover-epoch=1700000000
                """);
        write(res.resolve("application.yml"), """
                iris:
                  dashboard:
                    base-url: https://dashboard.bandwidth.com/v1.0
                    e911-path: /accounts/{accountId}/addresses
                    search-query: areaCode=919&quantity=5
                  legacy:
                    url: https://api.test.inetwork.com/v1.0
                bandwidth:
                  messaging:
                    base-url: https://messaging.bandwidth.com/api/v2
                  voice:
                    base-url: https://voice.bandwidth.com/api/v2
                server:
                  addresses-path: /api/accounts/{id}/addresses
                scheduler:
                  epoch: 1700000000
                """);
        int templates = Math.max(4, n / 50);
        for (int i = 0; i < templates; i++) {
            boolean v1 = i % 25 == 0 || (i % 25 == 12);
            String name = "templates/" + DOMAINS[i % DOMAINS.length] + "-" + i;
            if (v1 && i % 2 == 0) {
                write(res.resolve(name + ".xml"), """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <!-- Payload template posted to the Dashboard API by the provisioning jobs. -->
                        <requests>
                          <endpoint>https://dashboard.bandwidth.com/api/accounts/{accountId}/sites/{siteId}/sippeers/{peerId}/tns</endpoint>
                          <SipPeerTelephoneNumbers>
                            <SipPeerTelephoneNumber>
                              <FullNumber>9195551%1$03d</FullNumber>
                              <SmsSettings><SmsEnabled>true</SmsEnabled></SmsSettings>
                            </SipPeerTelephoneNumber>
                          </SipPeerTelephoneNumbers>
                          <Subscription>
                            <OrderType>portins</OrderType>
                            <CallbackSubscription><URL>https://hooks.example.com/portins</URL></CallbackSubscription>
                          </Subscription>
                        </requests>
                        """.formatted(i % 1000));
                write(res.resolve(name + ".json"), """
                        {
                          "name": "%1$s",
                          "dashboard": "https://dashboard.bandwidth.com/api/accounts/9900001/importTnOrders",
                          "externalTns": "https://dashboard.bandwidth.com/api/v2/accounts/9900001/externalTns",
                          "search": "https://dashboard.bandwidth.com/api/v2/accounts/9900001/availableNumbers?areaCode=919",
                          "numbers": ["9195552%2$03d", "+19195553%2$03d"]
                        }
                        """.formatted(name, i % 1000));
            } else if (v1) {
                write(res.resolve(name + ".xml"), """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <irisConfig>
                          <uri>https://api.inetwork.com/v1.0</uri>
                          <e911>https://dashboard.bandwidth.com/v1.0/accounts/9900001/addresses</e911>
                          <portalUrl>https://webui.inetwork.com/</portalUrl>
                        </irisConfig>
                        """);
                write(res.resolve(name + ".json"), """
                        { "name": "%s", "removeImported": "https://dashboard.bandwidth.com/api/accounts/9900001/removeImportedTnOrders" }
                        """.formatted(name));
            } else {
                write(res.resolve(name + ".xml"), """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <template id="%1$d">
                          <!-- Internal job definition; not a Bandwidth payload. -->
                          <name>%2$s</name>
                          <endpoint>https://numbers.example.com/api/accounts/{id}/addresses</endpoint>
                          <messaging>https://messaging.bandwidth.com/api/v2/users/{id}/messages</messaging>
                          <createdAt>%3$d</createdAt>
                          <retries>3</retries>
                          <batchSize>%4$d</batchSize>
                        </template>
                        """.formatted(i, name, 1690000000L + i * 3600L, 10 + rnd.nextInt(90)));
                write(res.resolve(name + ".json"), """
                        {
                          "name": "%1$s",
                          "enabled": %2$s,
                          "ownApi": "https://numbers.example.com/api/customers?areaCode=919",
                          "voice": "https://voice.bandwidth.com/api/v2/accounts/9900001/calls",
                          "epoch": %3$d,
                          "limits": { "max": 2147483647, "perMinute": %4$d }
                        }
                        """.formatted(name, i % 3 == 0, 1690000000L + i * 60L, 60 + rnd.nextInt(600)));
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ io

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
