package io.github.irismigrate.analysis;

import org.jspecify.annotations.Nullable;
import org.openrewrite.Cursor;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaSourceFile;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Which classes of a file talk to the Dashboard API, and how: they send to it or parse its responses
 * ({@link Role#API}), handle its order callbacks ({@link Role#CALLBACK}), or parse its CSV reports
 * ({@link Role#REPORT}). Signals: a Dashboard URL reaching the file (the project scan knows it), the Iris SDK, Iris
 * payload element names ({@code TelephoneNumber}, {@code CompletedTelephoneNumbers}, {@code AreaCode}, ...) in the
 * class, a {@code Notification} handler with {@code CompletedTelephoneNumbers}, and CSV parsing of an Iris report.
 * Rules on numbers coming back from the API fire only in such classes.
 */
public final class DashboardTalk {
    /** How a class or method deals with the Dashboard API. */
    public enum Role { API, CALLBACK, REPORT }

    /** Where a number a piece of code handles comes from. */
    public enum Source {
        /** A response of the API: E.164 in v2 whatever the account asks. */
        API_RESPONSE,
        /** A callback or a report: E.164 in v2 unless the subscription or report instance asks for LEGACY. */
        CALLBACK_OR_REPORT
    }

    /** Iris payload elements that carry numbers or area codes, as written in XML names and XPath expressions. */
    private static final Pattern PAYLOAD_NAME = Pattern.compile(
            "(?:^|[/\\[@:])(?:TelephoneNumber(?:s|List|Detail|Details|DetailList)?|CompletedTelephoneNumbers|FullNumber"
                    + "|AreaCode|Npa|AreaCodeSearchAndOrderType|TnOptionGroups?|SearchResult|BillingTelephoneNumber)(?:$|[/\\[\\]])");
    /**
     * A regular expression that captures the content of an Iris number element ({@code <FullNumber>([^<]+)</FullNumber>},
     * {@code <TelephoneNumber>(\\d{10})}): code that reads the Dashboard's XML by pattern. A request builder writes
     * the element, it never captures it.
     */
    private static final Pattern PAYLOAD_CAPTURE = IrisPayload.captureOf(
            java.util.List.of("TelephoneNumber", "FullNumber", "AreaCode", "Npa", "NpaNxx", "BillingTelephoneNumber"));
    /**
     * A class comment that says the class handles the Dashboard API's data: the Dashboard by its name (capitalised, not
     * an app's own "sales dashboard"), Iris, or one of its number resources.
     */
    private static final Pattern API_DOC = Pattern.compile("\\b(?:Bandwidth Dashboard|Dashboard(?:'s| API| \\(Iris\\)| says| returns| tells| sends| posts| notifies| callbacks?| notifications?"
            + "| answers?| responses?| numbers?| inventory| TNs?| telephone numbers?| search(?:es| results?)?| results?| data)|Iris\\b|dashboard\\.bandwidth\\.com|inserviceNumbers|availableNumbers"
            + "|availableNpaNxx|tndetails)");
    /** A class comment that says the class receives the Dashboard's callbacks ("Receives Dashboard order notifications"). */
    private static final Pattern CALLBACK_DOC = Pattern.compile(
            "\\b(?:Dashboard|Iris)\\b[^.]{0,40}?\\b(?:notifications?|callbacks?)\\b");
    /**
     * A class comment that says the class holds or reads one of the Dashboard's reports ("One line of the Dashboard
     * disconnect report", "A row of the Dashboard \"Telephone Number Inventory\" report"); not the verb ("the number as
     * the Dashboard reports it").
     */
    private static final Pattern REPORT_DOC = Pattern.compile(
            "\\b(?:Dashboard|Iris)(?:'s)?(?:[ \\t]+[\"\u201c]?[\\w-]+[\"\u201d]?){1,4}?[ \\t]+(?i:reports?)\\b");
    /** Other number providers: a comment that names one is about that provider, whatever else it says. */
    private static final Pattern OTHER_PROVIDER = Pattern.compile("(?i)\\b(?:twilio|telnyx|vonage|nexmo|plivo|sinch|catapult"
            + "|messagebird|signalwire)\\b");
    private static final Pattern REPORT_HINT = Pattern.compile(
            "(?i)/reports\\b|/instances\\b|inventory report|disconnect(?:ed)?(?: numbers?)? report|iris.*report|dashboard.*report"
                    + "|report.*(?:iris|dashboard)");
    /** Calls and annotations whose first text is a query parameter's name. */
    private static final Set<String> QUERY_CALLS = Set.of("queryParam", "addQueryParameter", "setQueryParameter",
            "addParameter", "setParameter", "param", "queryParams", "withQueryParam", "addQueryParam", "setQueryParam",
            "queryString");
    private static final Set<String> QUERY_ANNOTATIONS = Set.of("Query", "QueryParam", "RequestParam", "QueryMap", "QueryValue");
    private static final Set<String> CSV_TYPES = Set.of("CSVParser", "CSVFormat", "CSVReader", "CSVRecord", "CsvMapper",
            "CsvSchema", "CSVReaderBuilder", "CsvParser",
            // Spring Batch's flat-file reading
            "FieldSet", "FieldSetMapper", "FlatFileItemReader", "FlatFileItemReaderBuilder", "DelimitedLineTokenizer");

    /** Whether a class comment documents the class as receiving or holding the Dashboard's callbacks. */
    public static boolean documentsCallback(String comment) {
        return CALLBACK_DOC.matcher(affirmed(comment)).find() && !OTHER_PROVIDER.matcher(comment).find();
    }

    /** Whether a class comment documents the class as a model or reader of one of the Dashboard's reports. */
    public static boolean documentsReport(String comment) {
        return REPORT_DOC.matcher(affirmed(comment)).find() && !OTHER_PROVIDER.matcher(comment).find();
    }

    private final Map<UUID, EnumSet<Role>> classes = new HashMap<>();
    private final Map<UUID, EnumSet<Role>> methods = new HashMap<>();

    private DashboardTalk() {
    }

    /**
     * Reads a file's classes.
     *
     * @param fileReachesDashboard true when the project scan found that the file talks to the Dashboard API
     *                             (a v1 or v2 Dashboard URL reaching it, the SDK, an Iris-only path)
     */
    public static DashboardTalk of(JavaSourceFile cu, boolean fileReachesDashboard) {
        return of(cu, fileReachesDashboard, Set.of());
    }

    /**
     * Reads a file's classes, knowing the project's models of the Dashboard's reports ({@code reportModels}, by fully
     * qualified name: classes documented as "One line of the Dashboard disconnect report"): a method that takes one
     * as a parameter ({@code process(DisconnectRecord item)}) handles a report's data.
     */
    public static DashboardTalk of(JavaSourceFile cu, boolean fileReachesDashboard, Set<String> reportModels) {
        return of(cu, fileReachesDashboard, reportModels, Set.of());
    }

    /**
     * As above, knowing also the project's models of the Dashboard's callbacks ({@code callbackModels}: classes
     * documented as "Body of a Dashboard order notification callback"): a method that takes one handles callback data.
     */
    public static DashboardTalk of(JavaSourceFile cu, boolean fileReachesDashboard, Set<String> reportModels,
                                   Set<String> callbackModels) {
        DashboardTalk talk = new DashboardTalk();
        boolean test = SourcePaths.isTest(SourcePaths.of(cu));
        boolean sdk = cu.getImports().stream().anyMatch(i -> i.getTypeName().startsWith(IrisSdk.PACKAGE)
                || i.getPackageName().startsWith(IrisSdk.PACKAGE));
        for (J.ClassDeclaration cd : cu.getClasses()) {
            Signals s = Signals.of(cd, test, reportModels, callbackModels);
            // the class's own documentation may name the report it parses ("the Iris inventory report"): a
            // comment is never a finding, but it tells what the CSV is
            for (org.openrewrite.java.tree.Comment c : cd.getPrefix().getComments()) {
                String comment = affirmed(c.printComment(new Cursor(null, cu)));
                if (REPORT_HINT.matcher(comment).find()) {
                    s.reportHint = true;
                }
                // or the callback it handles (an example body with CompletedTelephoneNumbers), its payload read
                // through a model of another file
                if (comment.contains("CompletedTelephoneNumbers")) {
                    s.callback = true;
                }
                boolean otherProvider = OTHER_PROVIDER.matcher(comment).find();
                // or the Dashboard data it handles ("Dashboard's availableNpaNxx answer", "the inserviceNumbers pull"):
                // a processor or model of another file's request
                if (API_DOC.matcher(comment).find() && !otherProvider) {
                    s.apiDoc = true;
                }
                // or that it receives the Dashboard's order notifications, read through a model of another file
                if (CALLBACK_DOC.matcher(comment).find() && !otherProvider) {
                    s.callback = true;
                }
                // or that it is a model or reader of one of the Dashboard's reports
                if (documentsReport(comment)) {
                    s.reportDoc = true;
                }
            }
            // a method documented as handling the Dashboard's answers ("Stores the snapshot pulled from
            // inserviceNumbers"): the class handles them, as one whose own comment says so
            if (!s.apiDoc && methodDocumentsApi(cd, cu)) {
                s.apiDoc = true;
            }
            EnumSet<Role> roles = EnumSet.noneOf(Role.class);
            if (fileReachesDashboard || sdk || s.payloadNames && !s.callback && !s.csv || s.apiDoc && !s.reportHint && !s.callback) {
                roles.add(Role.API);
            }
            if (s.apiDoc && s.reportHint || s.reportDoc || s.reportModel) {
                roles.add(Role.REPORT); // a model of a Dashboard report's rows
            }
            if (s.callback) {
                roles.add(Role.CALLBACK);
            }
            // a report read line by line (one number per line, no columns) counts when the class names the report
            if (s.csv && (!roles.isEmpty() || s.reportHint) || s.lines && s.reportHint) {
                roles.add(Role.REPORT);
            }
            if (roles.isEmpty()) {
                continue;
            }
            talk.classes.put(cd.getId(), roles);
            new JavaIsoVisitor<Integer>() {
                @Override
                public J.MethodDeclaration visitMethodDeclaration(J.MethodDeclaration md, Integer p) {
                    Signals ms = Signals.of(md, test, reportModels, callbackModels);
                    EnumSet<Role> mr = EnumSet.noneOf(Role.class);
                    if (ms.callback || ms.notification && roles.contains(Role.CALLBACK)) {
                        mr.add(Role.CALLBACK);
                    }
                    if ((ms.csv || ms.lines && s.reportHint || ms.reportModel) && roles.contains(Role.REPORT)) {
                        mr.add(Role.REPORT);
                    }
                    talk.methods.put(md.getId(), mr);
                    return super.visitMethodDeclaration(md, p);
                }
            }.visit(cd, 0);
        }
        return talk;
    }

    /**
     * A mention of the Dashboard that a comment denies or only compares with: "the team's own data, not the
     * Dashboard's", "its REST API looks a lot like the Dashboard's", "unlike Iris".
     */
    private static final Pattern DENIED_MENTION = Pattern.compile("(?i)\\b(?:not|never|unlike|nothing to do with|"
            + "(?:looks?|looking) (?:\\w+ ){0,3}like|resembl\\w*|similar to|instead of|rather than|confused with|mistaken for)"
            + "\\b[^.;,]{0,25}?\\b(?:the )?(?:Bandwidth )?(?:Dashboard|Iris)(?:'s)?\\b");

    /** A comment without the mentions of the Dashboard it denies ({@link #DENIED_MENTION}). */
    static String affirmed(String comment) {
        return DENIED_MENTION.matcher(comment).replaceAll(" ");
    }

    /** A method comment that names a Dashboard answer: its resources by name, its host, "the Dashboard's ..". */
    private static final Pattern METHOD_API_DOC = Pattern.compile("\\b(?:Bandwidth Dashboard|Dashboard(?:'s| API| answers?"
            + "| responses?| returns| returned| reported| says)|dashboard\\.bandwidth\\.com|inserviceNumbers|availableNumbers|availableNpaNxx|tndetails)\\b");

    /** Whether a method of {@code cd} (its own, not a nested class's) is documented as handling a Dashboard answer. */
    private static boolean methodDocumentsApi(J.ClassDeclaration cd, JavaSourceFile cu) {
        for (org.openrewrite.java.tree.Statement st : cd.getBody().getStatements()) {
            if (st instanceof J.MethodDeclaration md) {
                java.util.List<org.openrewrite.java.tree.Comment> comments = new java.util.ArrayList<>(md.getPrefix().getComments());
                md.getLeadingAnnotations().forEach(a -> comments.addAll(a.getPrefix().getComments()));
                for (org.openrewrite.java.tree.Comment c : comments) {
                    String comment = affirmed(c.printComment(new Cursor(null, cu)));
                    if (METHOD_API_DOC.matcher(comment).find() && !OTHER_PROVIDER.matcher(comment).find()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** True when some class of the file talks to the Dashboard API. */
    public boolean any() {
        return !classes.isEmpty();
    }

    /** The roles of the top-level class that holds the cursor; empty when it does not talk to the Dashboard. */
    public Set<Role> rolesAt(Cursor cursor) {
        EnumSet<Role> out = EnumSet.noneOf(Role.class);
        for (Cursor c = cursor; c != null; c = c.getParent()) {
            if (c.getValue() instanceof J.ClassDeclaration cd && classes.containsKey(cd.getId())) {
                out.addAll(classes.get(cd.getId()));
            }
        }
        return out;
    }

    /** True when the code at the cursor sits in a class that talks to the Dashboard API. */
    public boolean talksAt(Cursor cursor) {
        return !rolesAt(cursor).isEmpty();
    }

    /**
     * Where numbers handled at the cursor come from: callback or report when the enclosing method handles one (or the
     * class does nothing else), else an API response; null outside classes that talk to the Dashboard.
     */
    public @Nullable Source sourceAt(Cursor cursor) {
        Set<Role> roles = rolesAt(cursor);
        if (roles.isEmpty()) {
            return null;
        }
        for (Cursor c = cursor; c != null; c = c.getParent()) {
            if (c.getValue() instanceof J.MethodDeclaration md && methods.containsKey(md.getId())) {
                if (!methods.get(md.getId()).isEmpty()) {
                    return Source.CALLBACK_OR_REPORT;
                }
                break;
            }
        }
        return roles.contains(Role.API) ? Source.API_RESPONSE : Source.CALLBACK_OR_REPORT;
    }

    /** One of {@code models} (a report's rows, a callback's body), or a collection or array of them. */
    private static boolean isModelOf(org.openrewrite.java.tree.@Nullable JavaType type, Set<String> models) {
        if (type instanceof org.openrewrite.java.tree.JavaType.Array a) {
            return isModelOf(a.getElemType(), models);
        }
        if (type instanceof org.openrewrite.java.tree.JavaType.Parameterized p) {
            return p.getTypeParameters().stream().anyMatch(t -> isModelOf(t, models));
        }
        return type instanceof org.openrewrite.java.tree.JavaType.FullyQualified fq
                && models.contains(fq.getFullyQualifiedName().replace('$', '.'));
    }

    private static final java.util.Set<String> LINE_READS = java.util.Set.of("readLine", "lines", "readAllLines");

    /** What one class or method shows. */
    private static final class Signals {
        boolean payloadNames;
        boolean callback;
        boolean notification;
        boolean csv;
        /** Text read line by line ({@code readLine()}, {@code lines()}, {@code Files.readAllLines}). */
        boolean lines;
        boolean reportHint;
        /** The class's comment says it handles the Dashboard API's data. */
        boolean apiDoc;
        /** The class's comment says it holds or reads a Dashboard report. */
        boolean reportDoc;
        /** A method takes a model of a Dashboard report's rows that another class documents as such. */
        boolean reportModel;

        static Signals of(J tree, boolean test, Set<String> reportModels, Set<String> callbackModels) {
            Signals s = new Signals();
            new JavaIsoVisitor<Integer>() {
                @Override
                public J.Literal visitLiteral(J.Literal literal, Integer p) {
                    if (literal.getValue() instanceof String v) {
                        if (PAYLOAD_NAME.matcher(v).find() && !isQueryParameterName(literal) || PAYLOAD_CAPTURE.matcher(v).find()) {
                            s.payloadNames = true;
                        }
                        if (v.contains("CompletedTelephoneNumbers")) {
                            s.callback = true;
                        }
                        if (v.equals("Notification")) {
                            s.notification = true;
                        }
                        if (v.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                            s.csv = true;
                        }
                        if (REPORT_HINT.matcher(v).find()) {
                            s.reportHint = true;
                        }
                    }
                    return literal;
                }

                /**
                 * A query parameter's name ({@code .queryParam("AreaCode", ..)}, {@code @Query("AreaCode")}): other APIs
                 * (Twilio's number search) spell their parameters like Iris payload elements.
                 */
                private boolean isQueryParameterName(J.Literal literal) {
                    Object parent = getCursor().getParentTreeCursor().getValue();
                    if (parent instanceof J.MethodInvocation m && QUERY_CALLS.contains(m.getSimpleName())
                            && !m.getArguments().isEmpty() && m.getArguments().get(0) == literal) {
                        return true;
                    }
                    J.Annotation a = getCursor().firstEnclosing(J.Annotation.class);
                    return a != null && QUERY_ANNOTATIONS.contains(a.getSimpleName());
                }

                /**
                 * A variable whose type is a model of the Dashboard's order notification (a class of the project with a
                 * {@code completedTelephoneNumbers} field: {@code handle(NotificationPayload n)}, {@code Notification
                 * n = xml.readValue(body, Notification.class)}); in a test, only a method's parameter: a test's local
                 * one is built to drive a handler.
                 */
                @Override
                public J.VariableDeclarations visitVariableDeclarations(J.VariableDeclarations vd, Integer p) {
                    org.openrewrite.java.tree.JavaType.FullyQualified type =
                            org.openrewrite.java.tree.TypeUtils.asFullyQualified(vd.getType());
                    if (type != null && (!test || getCursor().getParentTreeCursor().getValue() instanceof J.MethodDeclaration)
                            && type.getMembers().stream()
                            .anyMatch(m -> m.getName().equalsIgnoreCase("completedTelephoneNumbers"))) {
                        s.callback = true;
                    }
                    if (!callbackModels.isEmpty() && getCursor().firstEnclosing(J.MethodDeclaration.class) != null
                            && (!test || getCursor().getParentTreeCursor().getValue() instanceof J.MethodDeclaration)
                            && isModelOf(vd.getType(), callbackModels)) {
                        s.callback = true; // handle(Notification n), with Notification documented as a Dashboard callback's body
                    }
                    if (!test && !reportModels.isEmpty() && isModelOf(vd.getType(), reportModels)) {
                        // process(DisconnectRecord item), List<InventoryReportRow> rows = reports.download(id)
                        s.reportModel = true;
                    }
                    return super.visitVariableDeclarations(vd, p);
                }

                @Override
                public J.Identifier visitIdentifier(J.Identifier id, Integer p) {
                    String n = id.getSimpleName();
                    if (n.contains("CompletedTelephoneNumbers") || n.equals("completedTelephoneNumbers")) {
                        s.callback = true;
                    }
                    if (n.equals("Notification")) {
                        s.notification = true;
                    }
                    if (CSV_TYPES.contains(n)) {
                        s.csv = true;
                    }
                    return id;
                }

                @Override
                public J.MethodInvocation visitMethodInvocation(J.MethodInvocation m, Integer p) {
                    if (m.getSimpleName().equals("split") && m.getArguments().size() == 1
                            && m.getArguments().get(0) instanceof J.Literal l && ",".equals(l.getValue())) {
                        s.csv = true;
                    }
                    if (LINE_READS.contains(m.getSimpleName())) {
                        s.lines = true;
                    }
                    return super.visitMethodInvocation(m, p);
                }
            }.visit(tree, 0);
            return s;
        }
    }
}
