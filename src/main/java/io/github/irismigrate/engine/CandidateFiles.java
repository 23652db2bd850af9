package io.github.irismigrate.engine;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The text pre-filter: decides, from each file's text alone, which files any rule could fire in or learn from, so
 * that only those are parsed with type attribution. A file is a candidate when it mentions anything a rule matches
 * (a Dashboard host or path, the Iris SDK, Iris payload element names, area codes), and then, to a fixpoint, when it
 * references a constant of a candidate (it may carry the Dashboard context of a path declared there) or declares a
 * constant a candidate references (a host elsewhere can make a path foreign), or calls a static method of a
 * candidate (it may send the path that method returns to the Dashboard), or declares a record a candidate names (what
 * its accessors give is what its constructor's callers handed it), or names a candidate class and calls one of
 * its String methods whose body names a token (on an injected instance, say: it may send what the method returns). Properties and YAML files are always
 * candidates: placeholders resolve through them. So is a Java file that holds a NANP number: it may hand it to a
 * method of another file that puts it into a request. ParityTest proves the filter drops no finding.
 */
public final class CandidateFiles {
    /** Lower-case tokens any rule needs to see in a file to fire there or to draw context from it. */
    static final List<String> TOKENS = List.of(
            // hosts, config keys and API paths (BW001-BW004, and the context of every rule)
            "bandwidth.com", "inetwork.com", "dashboard", "iris", "api/accounts", "/api/v1", "/api\"", "v1.0", "addresses",
            "importtnorder", "removeimportedtnorder", "externaltns", "inservicenumber", "availablenumber", "availablenpanxx",
            "sippeer", "tnoption", "portins", "lnpchecker", "/tns",
            // payloads, numbers and area codes (BW005-BW010)
            "areacode", "area_code", "npa", "telephonenumber", "fullnumber", "callbacknumber", "tn>", "\"tn\"", "completedtelephonenumbers",
            "smsenabled", "messagingsettings", "smssettings", "<sms", "numberformat", "callbacksubscription",
            "emailsubscription", "outputformat", "countrycodea3",
            // where a base URL may come from: configuration classes and injected properties, read through getters
            "configurationproperties", "@value(\"${", "@value(\"\\${",
            // HTTP client beans built on a base URL, which tell the files they are injected into which API they call
            "baseurl(", "rooturi(", "uribuilderfactory", "webclient.create(", "restclient.create(",
            // client interfaces built on a base URL in another file: Feign's target(Api.class, url), Retrofit's
            // create(Api.class), Spring's createClient(Api.class)
            "feign.builder", "retrofit", "createclient(", "httpserviceproxyfactory",
            // JAX-RS proxies of an interface built by a factory of the project (JAXRSClientFactory.create(base, resource))
            "jaxrsclientfactory", "restclientbuilder", "webresourcefactory");

    /** A constant's declaration from its {@code static} on ({@code static final String NAME =}, also {@code final static}). */
    private static final Pattern CONSTANT_DECL = Pattern.compile("static\\s+final\\s+[\\w<>\\[\\], ]+?\\s+(\\w+)\\s*=");
    private static final Pattern CONSTANT_DECL_FINAL_FIRST = Pattern.compile("final\\s+static\\s+[\\w<>\\[\\], ]+?\\s+(\\w+)\\s*=");
    /** A Kotlin property with an initializer ({@code const val NAME =}, {@code val NAME: String =}), from {@code val} on. */
    private static final Pattern KOTLIN_VAL = Pattern.compile("val\\s+(\\w+)\\s*(?::\\s*[\\w.?]+\\s*)?=");
    /** What {@link #qualifiedRefs} finds (and a little more); CandidateFilesTest holds the two together. */
    static final Pattern QUALIFIED_REF = Pattern.compile("\\b([A-Z]\\w*)\\.([A-Z][A-Z0-9_]*)\\b");
    /** A static method returning a String ({@code static String addresses(}), from its {@code static} on. */
    private static final Pattern STATIC_TEXT_METHOD = Pattern.compile("static\\s+(?:final\\s+)?(?:java\\.lang\\.)?String\\s+(\\w+)\\s*\\(");
    /** A static method of any return type ({@code static boolean isNational(}), from its {@code static} on. */
    private static final Pattern STATIC_METHOD = Pattern.compile("static\\s+(?:final\\s+)?(?:<[^>]*>\\s*)?[\\w.<>\\[\\], ]+?\\s+(\\w+)\\s*\\(");
    /** A method returning a String ({@code String addresses(}), static or not, from its return type on. */
    private static final Pattern TEXT_METHOD = Pattern.compile("String\\s+(\\w+)\\s*\\(");
    /** A superclass, from {@code extends} on. */
    private static final Pattern EXTENDS = Pattern.compile("extends\\s+(?:[\\w]+\\.)*([A-Z]\\w*)");
    /** A static import from its {@code import} on. */
    private static final Pattern STATIC_IMPORT = Pattern.compile("import\\s+static\\s+[\\w.]*?\\.([A-Z]\\w*)\\.(\\w+|\\*)\\s*;");

    private CandidateFiles() {
    }

    /** The result: the files to parse, and how many were read. */
    public record Selection(List<Path> files, int read) {
    }

    /**
     * What the selection needs of one file, taken in one read so that no file's text is kept: whether it mentions
     * a rule token, and for Java the constants it declares, the {@code Class.CONSTANT}s and static imports it uses,
     * the static methods it declares that return a String when it mentions a token (in {@code declared}, as
     * {@code name(}), and the static
     * methods of other classes it calls ({@code Paths.addresses(id)}, as
     * {@code Paths.addresses}); the String methods
     * it declares whose body names a token ({@code textMethods}: static or not, as on an injected bean); and, as
     * sorted {@link String#hashCode}s, the capitalised words it uses ({@code typeNames}, among them the classes whose
     * methods it may call) and the lower-case words it follows by {@code (} ({@code calls}, the methods it may call);
     * the simple names of the classes its classes extend ({@code superclasses}: a template method there may build a
     * URL from what this file's methods return); the static String methods it declares that take any number of
     * arguments ({@code joiners}: {@code url(String base, Object... segments)} may join path segments, whatever the
     * file mentions), and, in a file that assumes 10 digits somewhere ({@code substring(0, 3)}, {@code length() == 10},
     * {@code \\d{10}}), all its static methods (a caller may hand them a number the Dashboard answered).
     */
    record Scan(boolean keep, String className, Set<String> declared, Set<String> qualifiedRefs,
                        Set<String> staticImports, Set<String> staticCalls, Set<String> textMethods, int[] typeNames,
                        int[] calls, Set<String> superclasses, Set<String> joiners, boolean callbackModel, boolean record) {
        static final Scan UNREADABLE = new Scan(true, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), new int[0],
                new int[0], Set.of(), Set.of(), false, false);

        /** Whether the file may call one of {@code methods} (hashes) of the class whose name hashes to {@code type}. */
        boolean mayCall(int type, int[] methods) {
            if (java.util.Arrays.binarySearch(typeNames, type) < 0) {
                return false;
            }
            for (int m : methods) {
                if (java.util.Arrays.binarySearch(calls, m) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    public static Selection select(List<Path> files) {
        return select(files, null);
    }

    /**
     * {@link #select(List)}, reading again only the files that changed since the selection that wrote {@code index}
     * (see {@link FileIndex}); the index is then brought up to date. The result is the same as without the index.
     */
    public static Selection select(List<Path> files, @Nullable FileIndex index) {
        int n = files.size();
        Scan[] scans = new Scan[n];
        if (index == null) {
            IntStream.range(0, n).parallel().forEach(i -> scans[i] = scan(files.get(i)));
        } else {
            index.scanAll(files, scans);
        }

        // indexes for the fixpoint: each file is looked at once when it is kept, so the work grows with the files
        Map<String, List<Integer>> byClassName = new HashMap<>();
        Map<String, Map<String, List<Integer>>> referencers = new HashMap<>(); // Class -> CONSTANT -> files using it
        Map<String, List<Integer>> staticImporters = new HashMap<>();
        Map<String, Map<String, List<Integer>>> staticCallers = new HashMap<>(); // Class -> method( -> files calling it
        for (int i = 0; i < n; i++) {
            Scan s = scans[i];
            if (s.className() == null) {
                continue;
            }
            byClassName.computeIfAbsent(s.className(), k -> new ArrayList<>()).add(i);
            for (String ref : s.qualifiedRefs()) {
                int dot = ref.indexOf('.');
                referencers.computeIfAbsent(ref.substring(0, dot), k -> new HashMap<>())
                        .computeIfAbsent(ref.substring(dot + 1), k -> new ArrayList<>()).add(i);
            }
            for (String cls : s.staticImports()) {
                staticImporters.computeIfAbsent(cls, k -> new ArrayList<>()).add(i);
            }
            for (String call : s.staticCalls()) {
                int dot = call.indexOf('.');
                staticCallers.computeIfAbsent(call.substring(0, dot), k -> new HashMap<>())
                        .computeIfAbsent(call.substring(dot + 1) + "(", k -> new ArrayList<>()).add(i);
            }
        }
        // the records of the project by their name's hash: a kept file naming one is parsed with it, so that what its
        // accessors give (request.billingTelephoneNumber()) is known to be what the record's constructor was handed
        Map<Integer, List<Integer>> records = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (scans[i].record()) {
                records.computeIfAbsent(scans[i].className().hashCode(), k -> new ArrayList<>()).add(i);
            }
        }
        boolean[] keep = new boolean[n];
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (scans[i].keep()) {
                keep[i] = true;
                work.add(i);
            }
        }
        // the kept files declaring String methods that name a token: a file naming the class and calling one of them
        // is pulled in, in a round over all files once the work list is empty, until no such file is left
        List<Scan> textClasses = new ArrayList<>();
        List<Scan> callbackModels = new ArrayList<>();
        while (!work.isEmpty()) {
            fixpoint(scans, keep, work, byClassName, referencers, staticImporters, staticCallers, records, textClasses,
                    callbackModels);
            // a kept class documented as a Dashboard callback (its body's model): a file naming it may handle the
            // callback's numbers (handle(Notification n)) without any token of its own
            if (!callbackModels.isEmpty()) {
                int[] named = callbackModels.stream().mapToInt(c -> c.className().hashCode()).toArray();
                callbackModels.clear();
                for (int i = 0; i < n; i++) {
                    for (int type : named) {
                        if (!keep[i] && java.util.Arrays.binarySearch(scans[i].typeNames(), type) >= 0) {
                            keep[i] = true;
                            work.add(i);
                        }
                    }
                }
                if (!work.isEmpty()) {
                    continue;
                }
            }
            if (textClasses.isEmpty()) {
                break;
            }
            int[] types = new int[textClasses.size()];
            int[][] methods = new int[textClasses.size()][];
            for (int c = 0; c < types.length; c++) {
                types[c] = textClasses.get(c).className().hashCode();
                methods[c] = textClasses.get(c).textMethods().stream().mapToInt(String::hashCode).toArray();
            }
            textClasses.clear();
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < types.length && !keep[i]; c++) {
                    if (scans[i].mayCall(types[c], methods[c])) {
                        keep[i] = true;
                        work.add(i);
                    }
                }
            }
        }
        keepKotlinTogether(files, keep);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                out.add(files.get(i));
            }
        }
        return new Selection(out, n);
    }

    private static boolean isKotlin(Path file) {
        return SourceCollector.SourceKind.of(file) == SourceCollector.SourceKind.KOTLIN;
    }

    /**
     * When a Kotlin file is kept, every Kotlin file of the module is: Kotlin reads a top-level constant of another
     * file by its bare name (an import names its package, not a class), so the text links the Java files by
     * ({@code Class.CONSTANT}, static imports) do not exist there. Kotlin files are few in a Maven project; a module
     * written in Kotlin throughout is parsed whole once any of its files may hold a v1 usage.
     */
    private static void keepKotlinTogether(List<Path> files, boolean[] keep) {
        boolean any = false;
        for (int i = 0; i < keep.length && !any; i++) {
            any = keep[i] && isKotlin(files.get(i));
        }
        if (!any) {
            return;
        }
        for (int i = 0; i < keep.length; i++) {
            if (isKotlin(files.get(i))) {
                keep[i] = true;
            }
        }
    }

    /**
     * Keeps, from the files in {@code work}, the files they pull in through constants, static imports, static
     * calls and the records they name, until {@code work} is empty; the kept files with String methods naming a token
     * go to {@code textClasses}, those documented as a Dashboard callback's model to {@code callbackModels}.
     */
    private static void fixpoint(Scan[] scans, boolean[] keep, java.util.ArrayDeque<Integer> work,
                                 Map<String, List<Integer>> byClassName, Map<String, Map<String, List<Integer>>> referencers,
                                 Map<String, List<Integer>> staticImporters,
                                 Map<String, Map<String, List<Integer>>> staticCallers, Map<Integer, List<Integer>> records,
                                 List<Scan> textClasses, List<Scan> callbackModels) {
        // both ways: a kept file pulls in the classes whose constants it reads (their host can make its path
        // foreign), and the files that read a kept file's constants (they may carry the Dashboard context)
        while (!work.isEmpty()) {
            Scan s = scans[work.poll()];
            if (s.className() == null) {
                continue;
            }
            if (!s.textMethods().isEmpty()) {
                textClasses.add(s);
            }
            if (s.callbackModel()) {
                callbackModels.add(s);
            }
            List<Integer> pulled = new ArrayList<>();
            for (String ref : s.qualifiedRefs()) {
                pulled.addAll(byClassName.getOrDefault(ref.substring(0, ref.indexOf('.')), List.of()));
            }
            for (String cls : s.staticImports()) {
                pulled.addAll(byClassName.getOrDefault(cls, List.of()));
            }
            for (String cls : s.superclasses()) {
                pulled.addAll(byClassName.getOrDefault(cls, List.of()));
            }
            for (int type : s.typeNames()) {
                pulled.addAll(records.getOrDefault(type, List.of()));
            }
            // a joiner of path segments this file calls (UrlUtil.url(base, "accounts", id, "externalTns")): the
            // segments make a path only through it
            for (String call : s.staticCalls()) {
                int dot = call.indexOf('.');
                for (int j : byClassName.getOrDefault(call.substring(0, dot), List.of())) {
                    if (scans[j].joiners().contains(call.substring(dot + 1))) {
                        pulled.add(j);
                    }
                }
            }
            if (!s.declared().isEmpty()) {
                Map<String, List<Integer>> users = referencers.getOrDefault(s.className(), Map.of());
                // a file calling a kept class's static String method may send the text it returns (a path
                // helper's) to the Dashboard on a base of its own
                Map<String, List<Integer>> callers = staticCallers.getOrDefault(s.className(), Map.of());
                for (String constant : s.declared()) {
                    pulled.addAll(users.getOrDefault(constant, List.of()));
                    pulled.addAll(callers.getOrDefault(constant, List.of()));
                }
                pulled.addAll(staticImporters.getOrDefault(s.className(), List.of()));
            }
            for (int j : pulled) {
                if (!keep[j]) {
                    keep[j] = true;
                    work.add(j);
                }
            }
        }
    }

    static Scan scan(Path f) {
        String text = read(f);
        if (text == null) {
            return Scan.UNREADABLE; // an unreadable file goes on, so the parser names it in an error
        }
        String name = f.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        // a Java file holding a NANP number may hand it to a method of another file that sends it (BW006)
        boolean mentions = mentionsAny(text);
        boolean kotlin = isKotlin(f);
        boolean code = kotlin || lower.endsWith(".java");
        boolean keep = lower.endsWith(".properties") || lower.endsWith(".cfg") || lower.endsWith(".yml") || lower.endsWith(".yaml") || lower.endsWith(".conf")
                || mentions || code && io.github.irismigrate.analysis.NanpNumber.holdsNumber(text);
        if (!code) {
            return new Scan(keep, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), new int[0], new int[0], Set.of(),
                    Set.of(), false, false);
        }
        Set<String> declared = new HashSet<>();
        matchesAt(text, "static", CONSTANT_DECL, declared);
        matchesAt(text, "final", CONSTANT_DECL_FINAL_FIRST, declared);
        if (kotlin) {
            matchesAt(text, "val", KOTLIN_VAL, declared);
        }
        Set<String> textMethods = new HashSet<>();
        if (mentions) {
            pathHelpers(text, declared);
            textMethods(text, textMethods);
        }
        Set<String> calls = new HashSet<>();
        Words typeNames = new Words();
        Words called = new Words();
        Set<String> refs = qualifiedRefs(text, calls, typeNames, called);
        Set<String> imports = new HashSet<>();
        matchesAt(text, "import", STATIC_IMPORT, imports);
        Set<String> superclasses = new HashSet<>();
        matchesAt(text, "extends", EXTENDS, superclasses);
        Set<String> joiners = new HashSet<>();
        eachMatchAt(text, "static", STATIC_TEXT_METHOD, m -> {
            int close = text.indexOf(')', m.end());
            if (close > 0 && text.substring(m.end(), close).contains("...")) {
                joiners.add(m.group(1));
            }
        });
        if (text.contains("substring(0, 3)") || text.contains("length() == 10") || text.contains("length() != 10")
                || text.contains("{10}")) {
            // a utility's helper that assumes 10 digits (PhoneNumbers.npa(tn) taking tn.substring(0, 3)): a kept file
            // that calls it may hand it a number the Dashboard answered (BW007), so it is pulled in like a joiner
            eachMatchAt(text, "static", STATIC_METHOD, m -> joiners.add(m.group(1)));
        }
        String className = name.substring(0, name.lastIndexOf('.'));
        return new Scan(keep, className, declared, refs, imports, calls,
                textMethods.isEmpty() ? Set.of() : textMethods, typeNames.sorted(), called.sorted(),
                superclasses.isEmpty() ? Set.of() : superclasses, joiners.isEmpty() ? Set.of() : joiners,
                mentions && io.github.irismigrate.analysis.DashboardTalk.documentsCallback(text),
                !kotlin && declaresRecord(text, className));
    }

    /** True when {@code text} declares record {@code className} ({@code public record HostedBatch(String ref, ..)}). */
    static boolean declaresRecord(String text, String className) {
        for (int at = text.indexOf("record"); at >= 0; at = text.indexOf("record", at + 6)) {
            int name = at + 6;
            while (name < text.length() && Character.isWhitespace(text.charAt(name))) {
                name++;
            }
            if (name > at + 6 && (at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1)))
                    && text.startsWith(className, name) && name + className.length() < text.length()) {
                char after = text.charAt(name + className.length());
                if (after == '(' || after == '<' || Character.isWhitespace(after)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The String methods of the text, static or not, that build a text naming a rule's token in their body
     * ({@code String e911(String account) { return "/accounts/" + account + "/addresses"; }}): a class naming this
     * one may call them on an instance (an injected bean) and send what they return to the Dashboard on a base of its own.
     */
    private static void textMethods(String text, Set<String> out) {
        tokenBodies(text, "String", TEXT_METHOD, out::add);
    }

    /** The distinct hashes of some words of a text, gathered as it is read. */
    static final class Words {
        private int[] hashes = new int[64];
        private int size;

        void add(int hash) {
            if (size == hashes.length) {
                hashes = java.util.Arrays.copyOf(hashes, size * 2);
            }
            hashes[size++] = hash;
        }

        int[] sorted() {
            int[] all = java.util.Arrays.copyOf(hashes, size);
            java.util.Arrays.sort(all);
            int distinct = 0;
            for (int i = 0; i < all.length; i++) {
                if (i == 0 || all[i] != all[i - 1]) {
                    all[distinct++] = all[i];
                }
            }
            return java.util.Arrays.copyOf(all, distinct);
        }
    }

    /**
     * The static String methods whose body mentions a rule's token ({@code static String addresses(String id) {
     * return "/accounts/" + id + "/addresses"; }}), added to {@code declared} as {@code name(}: a caller may send the
     * text such a method returns to the Dashboard on a base of its own, so its callers are candidates too.
     */
    private static void pathHelpers(String text, Set<String> declared) {
        tokenBodies(text, "static", STATIC_TEXT_METHOD, name -> declared.add(name + "("));
    }

    /**
     * The name (group 1) of each method {@code pattern} matches where the word {@code start} begins whose body names
     * a rule's token, handed to {@code found}.
     */
    private static void tokenBodies(String text, String start, Pattern pattern, java.util.function.Consumer<String> found) {
        eachMatchAt(text, start, pattern, m -> {
            int close = bodyEnd(text, m.end());
            if (close > 0 && mentionsAny(text.substring(m.end(), close))) {
                found.accept(m.group(1));
            }
        });
    }

    /**
     * The end of the body of the method whose parameter list starts before {@code from}: the brace that closes the
     * first brace after it (braces in string and char literals skipped), or -1 when it has none (a declaration
     * without a body) or the text ends first.
     */
    private static int bodyEnd(String text, int from) {
        int open = -1;
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == ';') {
                return -1;
            }
            if (c == '{') {
                open = k;
                break;
            }
        }
        if (open < 0) {
            return -1;
        }
        int depth = 0;
        for (int k = open; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '"' || c == '\'') {
                k = literalEnd(text, k, c);
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    /** The index of the quote that closes the literal opened at {@code at} (a text block's last quote). */
    private static int literalEnd(String text, int at, char quote) {
        if (quote == '"' && text.startsWith("\"\"\"", at)) {
            int end = text.indexOf("\"\"\"", at + 3);
            return end < 0 ? text.length() : end + 2;
        }
        for (int k = at + 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == quote || c == '\n') {
                return k;
            }
        }
        return text.length();
    }

    /**
     * Group 1 of {@code pattern} matched where the word {@code start} begins: the regex is tried only there (a
     * fast {@code indexOf}), not at every character of the file.
     */
    private static void matchesAt(String text, String start, Pattern pattern, Set<String> out) {
        eachMatchAt(text, start, pattern, m -> out.add(m.group(1)));
    }

    /** {@code pattern} matched where the word {@code start} begins, each match handed to {@code found}. */
    private static void eachMatchAt(String text, String start, Pattern pattern, java.util.function.Consumer<Matcher> found) {
        Matcher m = null;
        for (int i = text.indexOf(start); i >= 0; i = text.indexOf(start, i + start.length())) {
            if (i > 0 && isWordChar(text.charAt(i - 1))) {
                continue;
            }
            if (m == null) {
                m = pattern.matcher(text);
            }
            m.region(i, text.length());
            if (m.lookingAt()) {
                found.accept(m);
            }
        }
    }

    /**
     * Every {@code Class.CONSTANT} of {@code text} (a capitalised word, a dot, an upper-case word), also inside a
     * longer chain ({@code Outer.Inner.CONSTANT}): what {@link #QUALIFIED_REF} finds, by a scan that reads each
     * character once, as a regex does not on large files.
     */
    static Set<String> qualifiedRefs(String text) {
        return qualifiedRefs(text, new HashSet<>(), new Words(), new Words());
    }

    /**
     * {@link #qualifiedRefs(String)}, adding to {@code staticCalls} each capitalised word followed by a call of a
     * lower-case name, as {@code Class.method} ({@code Paths.addresses(id)}): the static methods the text may call;
     * and to {@code typeNames} the hash of each capitalised word, to {@code called} that of each lower-case word
     * followed by {@code (}.
     */
    static Set<String> qualifiedRefs(String text, Set<String> staticCalls, Words typeNames, Words called) {
        Set<String> refs = new HashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            int hash = 0;
            while (i < n && isWordChar(text.charAt(i))) {
                hash = 31 * hash + text.charAt(i); // String.hashCode of the word
                i++;
            }
            if (c >= 'A' && c <= 'Z') {
                typeNames.add(hash);
            } else if (c >= 'a' && c <= 'z' && i < n && text.charAt(i) == '(' && !isDeclared(text, start)) {
                called.add(hash);
            }
            // a word [start, i); a capitalised one followed by ".CONSTANT" is a reference
            if (c >= 'A' && c <= 'Z' && i + 1 < n && text.charAt(i) == '.') {
                int j = i + 1;
                char first = text.charAt(j);
                if (first >= 'A' && first <= 'Z') {
                    int k = j;
                    while (k < n && isConstantChar(text.charAt(k))) {
                        k++;
                    }
                    if (k == n || !isWordChar(text.charAt(k))) {
                        refs.add(text.substring(start, i) + "." + text.substring(j, k));
                    }
                } else if (first >= 'a' && first <= 'z') {
                    int k = j;
                    while (k < n && isWordChar(text.charAt(k))) {
                        k++;
                    }
                    if (k < n && text.charAt(k) == '(') {
                        staticCalls.add(text.substring(start, i) + "." + text.substring(j, k));
                    }
                }
            }
        }
        return refs;
    }

    /**
     * Whether the word followed by {@code (} at {@code start} is a method's declaration, not a call: a type comes
     * before it ({@code String route(}, {@code List<String> ids(}, {@code int[] parts(}), not a keyword such as
     * {@code return}.
     */
    private static boolean isDeclared(String text, int start) {
        int k = start - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        if (k < 0 || k == start - 1) {
            return false;
        }
        char p = text.charAt(k);
        if (p == '>' || p == ']') {
            return true;
        }
        if (!isWordChar(p)) {
            return false;
        }
        int end = k + 1;
        while (k >= 0 && isWordChar(text.charAt(k))) {
            k--;
        }
        String word = text.substring(k + 1, end);
        return !(word.equals("return") || word.equals("yield") || word.equals("throw") || word.equals("else")
                || word.equals("case") || word.equals("assert") || word.equals("new"));
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean isConstantChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** The tokens by their first two characters (ASCII, so an index below 128 * 128): the scan below looks up each position once. */
    private static final String[][] TOKENS_BY_PAIR = new String[128 * 128][];

    static {
        for (String t : TOKENS) {
            int pair = t.charAt(0) * 128 + t.charAt(1);
            String[] at = TOKENS_BY_PAIR[pair];
            String[] more = at == null ? new String[1] : java.util.Arrays.copyOf(at, at.length + 1);
            more[more.length - 1] = t;
            TOKENS_BY_PAIR[pair] = more;
        }
    }

    /**
     * Whether {@code text} holds a token, ignoring ASCII case: what {@code text.toLowerCase(Locale.ROOT).contains(t)}
     * for each token says, in one pass over the text instead of one per token (most files hold none, so every pass
     * ran to the end).
     */
    static boolean mentionsAny(String text) {
        int n = text.length();
        for (int i = 0; i + 1 < n; i++) {
            char c0 = lower(text.charAt(i));
            char c1 = lower(text.charAt(i + 1));
            if (c0 >= 128 || c1 >= 128) {
                continue;
            }
            String[] candidates = TOKENS_BY_PAIR[c0 * 128 + c1];
            if (candidates != null) {
                for (String t : candidates) {
                    if (startsWithLower(text, i, t)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean startsWithLower(String text, int at, String token) {
        if (at + token.length() > text.length()) {
            return false;
        }
        for (int k = 2; k < token.length(); k++) {
            if (lower(text.charAt(at + k)) != token.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static String read(Path f) {
        try {
            if (Files.size(f) > ProjectParser.MAX_FILE_BYTES) {
                return null;
            }
            // ISO-8859-1 maps every byte to a char: the ASCII tokens are found whatever the file's encoding
            return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return null;
        }
    }
}
