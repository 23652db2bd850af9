package io.github.irismigrate.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Which files the pre-filter keeps, on small projects whose answer is known. */
class CandidateFilesTest {
    @TempDir
    Path dir;

    @Test
    void keepsFilesThatMentionTheApiAndDropsTheRest() throws IOException {
        Path client = java("Client", "class Client { String u = \"https://dashboard.bandwidth.com/api/accounts/1\"; }");
        java("Unrelated", "class Unrelated { int x = Math.max(1, 2); }");
        Path props = write("application.properties", "server.port=8080\n");
        Path data = write("notes.txt", "nothing here");

        assertThat(selected()).containsExactlyInAnyOrder(client, props);
        assertThat(selected()).doesNotContain(data);
    }

    @Test
    void filesNamingAModelDocumentedAsADashboardCallbackAndHelpersThatAssumeTenDigitsAreKept() throws IOException {
        // Notification is documented as a Dashboard callback's body: its handler names it and nothing else of a rule's;
        // PhoneNumbers assumes 10 digits (substring(0, 3)) and is called by a kept file; Strings is neither
        Path model = java("Notification", "/** Body of a Dashboard order notification callback. */\n"
                + "record Notification(String orderId, java.util.List<String> completedNumbers) { }");
        Path handler = java("PortInHandler", "class PortInHandler { void handle(Notification n) { n.orderId(); } }");
        Path helper = java("PhoneNumbers", "final class PhoneNumbers { static String npa(String tn) { return tn.substring(0, 3); } }");
        Path caller = java("InventoryJob", "class InventoryJob { String u = \"https://dashboard.bandwidth.com/api/v2\"; "
                + "String npa(String tn) { return PhoneNumbers.npa(tn); } }");
        java("Strings", "final class Strings { static String trim(String s) { return s.trim(); } }");
        java("Report", "class Report { String t(String s) { return Strings.trim(s); } }");

        assertThat(selected()).containsExactlyInAnyOrder(model, handler, helper, caller);
    }

    @Test
    void recordsAKeptFileNamesAreKeptWithIt() throws IOException {
        // the client puts a HostedBatch's numbers() into a Dashboard order; the test hands it numbers through the record's
        // constructor: parsed without HostedBatch, neither accessor nor constructor would be known to be the record's.
        // Ledger is a record no kept file names; Hosted is a class whose name only starts like the record's
        Path batch = java("HostedBatch", "public record HostedBatch(String orderRef, java.util.List<String> numbers) { }");
        Path client = java("Importer", "class Importer { String u = \"https://dashboard.bandwidth.com/api/v2\"; "
                + "void send(HostedBatch b) { b.numbers(); } }");
        java("Ledger", "record Ledger(String id) { }");
        java("Hosted", "class Hosted { String recordHostedBatchLater() { return \"\"; } }");
        java("Ledgers", "class Ledgers { Ledger first() { return new Ledger(\"1\"); } }");

        assertThat(selected()).containsExactlyInAnyOrder(batch, client);
    }

    @Test
    void followsConstantsBothWaysToAFixpoint() throws IOException {
        // Paths holds only a path; Hosts holds the Dashboard host; Client joins them through a third class
        Path hosts = java("Hosts", "class Hosts { public final static String BASE = \"https://dashboard.bandwidth.com\"; }");
        Path urls = java("Urls", "class Urls { static final String ACCOUNT = Hosts.BASE + \"/x\"; }");
        Path client = java("Client", "class Client { String u = Urls.ACCOUNT + Paths.ORDERS; }");
        Path paths = java("Paths", "class Paths { static final String ORDERS = \"/orders\"; }");
        Path viaImport = java("ViaImport", "import static com.acme.Urls.ACCOUNT;\nclass ViaImport { String u = ACCOUNT; }");
        java("Other", "class Other { static final String ORDERS = \"/orders\"; String s = Unrelated.VALUE; }");
        java("Unrelated", "class Unrelated { static final String VALUE = \"v\"; }");

        // Hosts is kept by its host; Urls reads its constant; Client and ViaImport read Urls'; Paths is read by Client
        assertThat(selected()).containsExactlyInAnyOrder(hosts, urls, client, paths, viaImport);
    }

    @Test
    void callersOfAStaticPathHelperAreKeptButNotCallersOfOtherStaticMethods() throws IOException {
        // Paths.e911 names a rule's path; Paths.normalize and Util.trim (Util holds a NANP number only) name none
        Path paths = java("Paths", """
                class Paths {
                    static String e911(String account) { return "/accounts/" + account + "/addresses"; }
                    static String normalize(String id) { return id.replace("{", "").trim(); }
                }
                """);
        Path util = java("Util", "class Util { static final String ORDER = \"9195550000\"; static String trim(String s) { return s.trim(); } }");
        Path sync = java("Sync", "class Sync { String u(Endpoints e) { return e.base() + Paths.e911(\"1\"); } }");
        java("Orders", "class Orders { String id(String s) { return Paths.normalize(s) + Util.trim(s); } }");
        java("Mine", "class Mine { String u() { return Routes.e911(\"1\"); } }");
        java("Routes", "class Routes { static String e911(String a) { return \"/customers/\" + a; } }");

        assertThat(selected()).containsExactlyInAnyOrder(paths, util, sync);
    }

    @Test
    void filesCallingAPathHelperOfAnInstanceAreKeptButNotThoseThatOnlyNameItsClassOrDeclareAMethodOfThatName()
            throws IOException {
        // CarrierPaths.e911 (not static: an injected bean's) names a rule's path; describe() names none
        Path paths = java("CarrierPaths", """
                public class CarrierPaths {
                    public String e911(String account) {
                        return "/accounts/" + account + "/addresses";
                    }
                    public String describe() { return "carrier paths"; }
                }
                """);
        Path sync = java("Sync", "class Sync { CarrierPaths paths; String u(Endpoints e) { return e.base() + paths.e911(\"1\"); } }");
        Path inherited = java("Addresses", "class Addresses extends CarrierPaths { String u() { return e911(\"1\"); } }");
        java("Logger", "class Logger { CarrierPaths paths; String u() { return paths.describe(); } }");
        java("Other", "class Other { String e911(String a) { return a; } String u() { return this.e911(\"1\"); } }");
        java("Own", "class Own { public String e911(String a) { return a; } CarrierPaths unused; }");

        assertThat(selected()).containsExactlyInAnyOrder(paths, sync, inherited);
    }

    @Test
    void aBaseUrlFromAConfigurationClassIsFoundWithThePrefilterAsWithout() throws IOException {
        java("ProviderProperties", """
                @org.springframework.boot.context.properties.ConfigurationProperties(prefix = "numbers.provider")
                public class ProviderProperties {
                    private String baseUrl;
                    public String getBaseUrl() { return baseUrl; }
                }""");
        java("ValueHolder", """
                public class ValueHolder {
                    @org.springframework.beans.factory.annotation.Value("${numbers.provider.base-url}")
                    private String url;
                    public String getUrl() { return url; }
                }""");
        java("E911Client", """
                class E911Client {
                    String a(ProviderProperties p, String id) { return p.getBaseUrl() + "/accounts/" + id + "/addresses"; }
                    String b(ValueHolder v, String id) { return v.getUrl() + "/accounts/" + id + "/addresses"; }
                }""");
        write("src/main/resources/application.yml", "numbers:\n  provider:\n    base-url: https://dashboard.bandwidth.com/api/v2\n");

        List<String> with = findings(new Engine(m -> { }, true));
        assertThat(with).containsExactly(
                "BW002 src/main/java/com/acme/E911Client.java:3",
                "BW002 src/main/java/com/acme/E911Client.java:4");
        assertThat(with).isEqualTo(findings(new Engine(m -> { }, false)));
    }

    @Test
    void aClientBeanOnTheDashboardIsFoundWithThePrefilterAsWithout() throws IOException {
        java("ProviderProperties", """
                @org.springframework.boot.context.properties.ConfigurationProperties(prefix = "numbers.provider")
                public class ProviderProperties {
                    private String url;
                    public String getUrl() { return url; }
                }""");
        java("Clients", """
                @org.springframework.context.annotation.Configuration
                class Clients {
                    @org.springframework.context.annotation.Bean
                    org.springframework.web.reactive.function.client.WebClient provider(ProviderProperties p) {
                        return org.springframework.web.reactive.function.client.WebClient.builder().baseUrl(p.getUrl()).build();
                    }
                }""");
        java("E911Service", """
                class E911Service {
                    private final org.springframework.web.reactive.function.client.WebClient provider;
                    E911Service(org.springframework.web.reactive.function.client.WebClient provider) { this.provider = provider; }
                    Object list(String id) { return provider.get().uri("/accounts/{id}/addresses", id).retrieve(); }
                }""");
        write("src/main/resources/application.yml", "numbers:\n  provider:\n    url: https://dashboard.bandwidth.com/api/v2\n");

        List<String> with = findings(new Engine(m -> { }, true));
        assertThat(with).containsExactly("BW002 src/main/java/com/acme/E911Service.java:5");
        assertThat(with).isEqualTo(findings(new Engine(m -> { }, false)));
    }

    @Test
    void aClientInterfaceOfAnotherApiIsLeftAloneWithThePrefilterAsWithout() throws IOException {
        java("Dashboard", """
                class Dashboard {
                    static final String ORDERS = "https://dashboard.bandwidth.com/api/accounts/1/orders";
                }""");
        java("CrmApi", """
                public interface CrmApi {
                    @feign.RequestLine("GET /accounts/{id}/addresses")
                    String addresses(@feign.Param("id") String id);
                }""");
        java("CrmConfig", """
                class CrmConfig {
                    static final String CRM = "https://crm.example.com";
                    CrmApi crm() { return feign.Feign.builder().target(CrmApi.class, CRM); }
                }""");
        java("ShipApi", """
                public interface ShipApi {
                    @retrofit2.http.GET("accounts/{id}/addresses")
                    Object addresses(@retrofit2.http.Path("id") String id);
                }""");
        java("ShipRetrofit", """
                class ShipRetrofit {
                    @org.springframework.context.annotation.Bean
                    retrofit2.Retrofit shipping() {
                        return new retrofit2.Retrofit.Builder().baseUrl("https://shipping.example.com/").build();
                    }
                }""");
        java("ShipProxy", """
                class ShipProxy {
                    ShipApi shipApi(retrofit2.Retrofit shipping) { return shipping.create(ShipApi.class); }
                }""");

        List<String> with = findings(new Engine(m -> { }, true));
        assertThat(with).containsExactly("BW001 src/main/java/com/acme/Dashboard.java:3");
        assertThat(with).isEqualTo(findings(new Engine(m -> { }, false)));
    }

    private List<String> findings(Engine engine) {
        return engine.check(ScanRequest.of(dir, List.of())).findings().stream()
                .map(f -> f.rule().id() + " " + f.file() + ":" + f.line()).toList();
    }

    @Test
    void theConstantScanFindsWhatTheRegexFinds() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "a = Foo.BAR + Outer.Inner.CONST + x.y.Z_9.Q1; Foo.BAR_baz; $Ab.CD; Ab.CDe; A.B.C",
                "String s = Hosts.BASE+Paths.E911;return Cfg.V;}",
                "Foo.\nBAR Foo .BAR Foo.Bar fOO.BAR _X.Y"));
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("test-projects")))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                texts.add(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1)); // test projects hold odd encodings
            }
        }
        for (String text : texts) {
            Set<String> byRegex = new HashSet<>();
            Matcher m = CandidateFiles.QUALIFIED_REF.matcher(text);
            while (m.find()) {
                byRegex.add(m.group(1) + "." + m.group(2));
            }
            assertThat(CandidateFiles.qualifiedRefs(text)).as(text.length() > 200 ? text.substring(0, 200) : text)
                    .containsAll(byRegex);
        }
        assertThat(CandidateFiles.qualifiedRefs("a = Foo.BAR + Outer.Inner.CONST; Foo.BAR_baz; Ab.CDe"))
                .containsExactlyInAnyOrder("Foo.BAR", "Inner.CONST");
    }

    @Test
    void theTokenScanSaysWhatLowerCasingAndContainsSay() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", "x", "IRIS", "iri", "Bandwidth.COM", "bandwidth.co", "//ApI/AcCoUnTs",
                "\u00c0\u00ffareaCODE", "areaCod\u00c9", "\u00e9tn>", "t", "TN>", "@Value(\"${x}\")", "@value (\"${"));
        for (String t : CandidateFiles.TOKENS) {
            texts.add(t);
            texts.add("x" + t.toUpperCase(java.util.Locale.ROOT) + "y");
            texts.add(t.substring(0, t.length() - 1));
            texts.add("\u00c4" + t.substring(1));
        }
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main")), Files.walk(Path.of("test-projects")))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                texts.add(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        int mentioning = 0;
        for (String text : texts) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            boolean expected = CandidateFiles.TOKENS.stream().anyMatch(lower::contains);
            assertThat(CandidateFiles.mentionsAny(text)).as(text.length() > 200 ? text.substring(0, 200) : text).isEqualTo(expected);
            mentioning += expected ? 1 : 0;
        }
        assertThat(mentioning).as("texts that mention a token").isGreaterThan(100).isLessThan(texts.size() - 50);
    }

    @Test
    void withItsIndexTheSelectionIsThatOfAFreshReadAfterEdits() throws IOException {
        Path hosts = java("Hosts", "class Hosts { static final String BASE = \"https://dashboard.bandwidth.com\"; }");
        Path client = java("Client", "class Client { String u = \"https://dashboard.bandwidth.com/api/accounts/1\"; }");
        Path reader = java("Reader", "class Reader { String u = \"x\"; }");
        java("Plain", "class Plain { int x = 1; }");
        settleAll();
        FileIndex index = index("tool-a");
        assertThat(selected(index)).containsExactlyInAnyOrder(hosts, client);
        assertThat(indexFile()).isRegularFile();

        // a plain file now reads a kept file's constant, a kept file loses its host, a new file names the Dashboard
        Files.writeString(reader, "package com.acme;\nclass Reader { String u = Hosts.BASE; }\n");
        Files.writeString(client, "package com.acme;\nclass Client { String u = \"https://example.com/x\"; }\n");
        Path added = java("Added", "class Added { String u = \"https://dashboard.bandwidth.com/api/v2\"; }");
        assertThat(selected(index)).containsExactlyInAnyOrder(hosts, reader, added).isEqualTo(selected());

        Files.delete(hosts);
        assertThat(selected(index)).containsExactlyInAnyOrder(added).isEqualTo(selected());
    }

    @Test
    void theIndexTrustsSizeTimeAndInodeOfSettledFilesAndOfNoOtherTool() throws IOException {
        // an edit of the same length with the old time put back is not seen: this is what the index relies on
        Path plain = java("Plain", "class Plain { String u = \"https://example.com/ax\"; }");
        settleAll();
        assertThat(selected(index("tool-a"))).isEmpty();
        editKeepingSizeAndTime(plain, "example.com/ax", "dashboard/apis");
        assertThat(selected(index("tool-a"))).isEmpty();
        assertThat(selected()).containsExactly(plain);
        // another version of the tool reads every file afresh
        assertThat(selected(index("tool-b"))).containsExactly(plain);
    }

    @Test
    void aFileWrittenJustBeforeTheSelectionIsNotRecorded() throws IOException {
        // its time may not change with a second write in the same tick of a coarse clock, so it is read again
        Path recent = java("Recent", "class Recent { String u = \"https://example.com/ax\"; }");
        assertThat(selected(index("tool-a"))).isEmpty();
        editKeepingSizeAndTime(recent, "example.com/ax", "dashboard/apis");
        assertThat(selected(index("tool-a"))).containsExactly(recent);
    }

    private void editKeepingSizeAndTime(Path f, String from, String to) throws IOException {
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(f);
        String text = Files.readString(f);
        assertThat(to).hasSameSizeAs(from);
        Files.writeString(f, text.replace(from, to));
        Files.setLastModifiedTime(f, time);
    }

    /** Every file a minute old: settled, as the files of a checkout are by the next pull request. */
    private void settleAll() throws IOException {
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        try (Stream<Path> s = Files.walk(dir.resolve("src"))) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, old);
            }
        }
    }

    private Path indexFile() {
        return dir.resolve("target/index.files");
    }

    private FileIndex index(String tool) {
        return new FileIndex(indexFile(), dir, tool);
    }

    private List<Path> selected() throws IOException {
        return selected(null);
    }

    private List<Path> selected(@org.jspecify.annotations.Nullable FileIndex index) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.walk(dir)) {
            all = s.filter(Files::isRegularFile).filter(f -> !f.startsWith(dir.resolve("target"))).sorted().toList();
        }
        return CandidateFiles.select(all, index).files();
    }

    private Path java(String name, String body) throws IOException {
        return write("src/main/java/com/acme/" + name + ".java", "package com.acme;\n" + body + "\n");
    }

    private Path write(String rel, String text) throws IOException {
        Path f = dir.resolve(rel);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text);
    }
}
