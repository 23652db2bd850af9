package io.github.irismigrate.analysis;

import org.openrewrite.Cursor;
import org.openrewrite.ExecutionContext;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.SourceFile;
import org.openrewrite.json.JsonIsoVisitor;
import org.openrewrite.json.tree.Json;
import org.openrewrite.properties.PropertiesIsoVisitor;
import org.openrewrite.properties.tree.Properties;
import org.openrewrite.xml.XmlIsoVisitor;
import org.openrewrite.xml.tree.Xml;
import org.openrewrite.yaml.YamlIsoVisitor;
import org.openrewrite.yaml.tree.Yaml;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Collects the values of properties, YAML, XML and JSON files as roots and as properties. */
final class ConfigFactsCollector {
    private ConfigFactsCollector() {
    }

    static void collect(SourceFile sf, String path, ProjectFacts.FileFacts ff) {
        ExecutionContext ctx = new InMemoryExecutionContext();
        if (sf instanceof Properties.File pf) {
            java.util.Map<String, GatewayRoute> routes = new java.util.LinkedHashMap<>();
            new PropertiesIsoVisitor<ExecutionContext>() {
                @Override
                public Properties.Entry visitEntry(Properties.Entry entry, ExecutionContext c) {
                    String text = entry.getValue().getText();
                    Origin origin = new Origin(path, entry.getId());
                    java.util.regex.Matcher route = GATEWAY_ROUTE_KEY.matcher(entry.getKey());
                    if (route.matches()) {
                        GatewayRoute r = routes.computeIfAbsent(route.group(1), k -> new GatewayRoute());
                        if (route.group(2).equals("uri")) {
                            r.uri = new GatewayValue(text, origin);
                        } else if (route.group(2).startsWith("filters")) {
                            r.filters.add(new GatewayValue(text, origin));
                        } else if (isServedPath(text)) {
                            return entry; // predicates[0]=Path=/api/accounts/*/addresses/**: a path the gateway serves
                        }
                    }
                    add(ff, path, entry.getKey(), text, origin);
                    return entry;
                }
            }.visit(pf, ctx);
            routes.forEach((key, r) -> gatewayRoute(ff, path, key, r));
        } else if (sf instanceof Yaml.Documents yd) {
            new YamlIsoVisitor<ExecutionContext>() {
                @Override
                public Yaml.Scalar visitScalar(Yaml.Scalar scalar, ExecutionContext c) {
                    Cursor parent = getCursor().getParentTreeCursor();
                    if (parent.getValue() instanceof Yaml.Mapping.Entry e && e.getKey() == scalar) {
                        return scalar;
                    }
                    String key = yamlKey(getCursor());
                    if (key.endsWith(".predicates") && isServedPath(scalar.getValue())) {
                        return scalar; // predicates: - Path=/api/accounts/*/addresses/**: a path the gateway serves
                    }
                    add(ff, path, key, scalar.getValue(), new Origin(path, scalar.getId()));
                    return scalar;
                }

                @Override
                public Yaml.Mapping visitMapping(Yaml.Mapping mapping, ExecutionContext c) {
                    GatewayRoute r = new GatewayRoute();
                    for (Yaml.Mapping.Entry e : mapping.getEntries()) {
                        String k = e.getKey().getValue();
                        if (k.equals("uri") && e.getValue() instanceof Yaml.Scalar u) {
                            r.uri = new GatewayValue(u.getValue(), new Origin(path, u.getId()));
                        } else if (k.equals("filters") && e.getValue() instanceof Yaml.Sequence seq) {
                            for (Yaml.Sequence.Entry item : seq.getEntries()) {
                                if (item.getBlock() instanceof Yaml.Scalar f) {
                                    r.filters.add(new GatewayValue(f.getValue(), new Origin(path, f.getId())));
                                }
                            }
                        }
                    }
                    gatewayRoute(ff, path, yamlKey(getCursor()), r);
                    return super.visitMapping(mapping, c);
                }
            }.visit(yd, ctx);
        } else if (sf instanceof Xml.Document xd) {
            // a response the Dashboard sends (a test fixture of one): its links and values are never sent
            if (IrisPayload.classify(PayloadReader.outline(xd.printAll())) == IrisPayload.Kind.RESPONSE) {
                return;
            }
            new XmlIsoVisitor<ExecutionContext>() {
                @Override
                public Xml.CharData visitCharData(Xml.CharData charData, ExecutionContext c) {
                    Xml.Tag tag = getCursor().firstEnclosing(Xml.Tag.class);
                    if (tag != null && tag.getName().equals("url-pattern")) {
                        return charData; // <servlet-mapping><url-pattern>/api/accounts/*: a route the application serves
                    }
                    if (!charData.getText().isBlank()) {
                        add(ff, path, tag == null ? "" : tag.getName(), charData.getText(), new Origin(path, charData.getId()));
                    }
                    return charData;
                }

                @Override
                public Xml.Attribute visitAttribute(Xml.Attribute attribute, ExecutionContext c) {
                    Xml.Tag tag = getCursor().firstEnclosing(Xml.Tag.class);
                    if (tag != null && tag.getName().equals("log") && attribute.getKeyAsString().equals("message")) {
                        return attribute; // <log message="..(v1 path was /api/accounts/..)"/> of a Camel route: words
                    }
                    add(ff, path, defaultPropertyKey(tag, attribute, getCursor()), attribute.getValueAsString(),
                            new Origin(path, attribute.getId()));
                    return attribute;
                }

                @Override
                public Xml.Tag visitTag(Xml.Tag tag, ExecutionContext c) {
                    camelHttpQuery(tag, getCursor(), path, ff);
                    springBean(tag, path, ff);
                    proxyClient(tag, path, ff);
                    return super.visitTag(tag, c);
                }
            }.visit(xd, ctx);
        } else if (sf instanceof org.openrewrite.text.PlainText pt && isHocon(path)) {
            hocon(pt, path, ff);
        } else if (sf instanceof org.openrewrite.text.PlainText pt && isHttpRequests(path)) {
            httpRequests(pt, path, ff);
        } else if (sf instanceof Json.Document jd) {
            new JsonIsoVisitor<ExecutionContext>() {
                @Override
                public Json.Literal visitLiteral(Json.Literal literal, ExecutionContext c) {
                    if (literal.getValue() instanceof String s) {
                        Json.Member m = getCursor().firstEnclosing(Json.Member.class);
                        String key = m == null ? "" : String.valueOf(m.getKey() instanceof Json.Literal k ? k.getValue() : m.getKey());
                        if (m == null || m.getKey() != literal) {
                            add(ff, path, key, jsonKey(getCursor()), s, new Origin(path, literal.getId()));
                        }
                    }
                    return literal;
                }
            }.visit(jd, ctx);
        }
    }

    /** {@code spring.cloud.gateway.routes[0].uri}, {@code ..routes[0].filters[1]}, {@code ..routes[0].predicates[0]}. */
    private static final java.util.regex.Pattern GATEWAY_ROUTE_KEY = java.util.regex.Pattern.compile(
            "(.*\\.routes\\[\\d+])\\.(uri|filters\\[\\d+]|predicates\\[\\d+])");
    /** Spring Cloud Gateway's filters that give the path a route sends: {@code SetPath=/api/..}, {@code PrefixPath=/api}. */
    private static final java.util.regex.Pattern GATEWAY_PATH = java.util.regex.Pattern.compile(
            "^\\s*(SetPath|PrefixPath)\\s*=\\s*(\\S+)\\s*$");
    /** {@code RewritePath=/iris/e911/?(?<segment>.*), /api/accounts/1/addresses/$\\{segment}}: the replacement. */
    private static final java.util.regex.Pattern GATEWAY_REWRITE = java.util.regex.Pattern.compile(
            "^\\s*RewritePath\\s*=[^,]*,\\s*(\\S+)\\s*$");
    /** {@code AddRequestParameter=areaCode, 919}: a query parameter the route adds. */
    private static final java.util.regex.Pattern GATEWAY_PARAMETER = java.util.regex.Pattern.compile(
            "^\\s*AddRequestParameter\\s*=\\s*([^,\\s]+)\\s*,\\s*(.*?)\\s*$");

    /** A value of a gateway route's and where it is written. */
    private record GatewayValue(String text, Origin origin) {
        AssembledText part(int start, int end) {
            Origin o = origin.shifted(start);
            return AssembledText.of(new Part.Known(text.substring(start, end), o, o, false));
        }

        /** The text at [start, end), reported here but not edited: a fix there would break the filter's syntax. */
        AssembledText anchored(int start, int end) {
            return AssembledText.of(new Part.Known(text.substring(start, end), null, origin.shifted(start), false));
        }
    }

    /** A Spring Cloud Gateway route: its {@code uri} and its {@code filters}, in order. */
    private static final class GatewayRoute {
        @org.jspecify.annotations.Nullable GatewayValue uri;
        final List<GatewayValue> filters = new ArrayList<>();
    }

    /** A route predicate's path ({@code Path=/api/accounts/*}{@code /addresses/**}): a path the gateway itself serves. */
    private static boolean isServedPath(String predicate) {
        return predicate.trim().startsWith("Path=");
    }

    /**
     * The request a Spring Cloud Gateway route sends, as one root: its {@code uri}, the path its {@code SetPath},
     * {@code RewritePath} (the replacement) or {@code PrefixPath} filter gives (the incoming path where none does),
     * and the query parameters its {@code AddRequestParameter} filters add; each part where it is written.
     */
    private static void gatewayRoute(ProjectFacts.FileFacts ff, String path, String key, GatewayRoute r) {
        if (r.uri == null || r.filters.isEmpty() || !r.uri.text().trim().matches("(?s)(?:https?://|\\$\\{).*")) {
            return; // lb://number-inventory, forward:/..: a service of the team's own
        }
        AssembledText text = r.uri.part(0, r.uri.text().length());
        boolean pathGiven = false;
        boolean query = false;
        boolean any = false;
        for (GatewayValue f : r.filters) {
            java.util.regex.Matcher set = GATEWAY_PATH.matcher(f.text());
            java.util.regex.Matcher rewrite = GATEWAY_REWRITE.matcher(f.text());
            if (!pathGiven && set.matches()) {
                text = text.plus(f.part(set.start(2), set.end(2)));
                if (set.group(1).equals("PrefixPath")) {
                    text = text.plus(AssembledText.hole("path"));
                }
                pathGiven = any = true;
            } else if (!pathGiven && rewrite.matches()) {
                text = text.plus(f.part(rewrite.start(1), rewrite.end(1)));
                pathGiven = any = true;
            }
        }
        if (!pathGiven) {
            text = text.plus(AssembledText.hole("path"));
        }
        for (GatewayValue f : r.filters) {
            java.util.regex.Matcher p = GATEWAY_PARAMETER.matcher(f.text());
            if (p.matches()) {
                // the separators too are the filter's, so the parameter reads as written there, not added by code
                Part.Known separator = new Part.Known(query ? "&" : "?", null, f.origin().shifted(p.start(1)), false);
                text = text.plus(AssembledText.of(separator)).plus(f.anchored(p.start(1), p.end(1)))
                        .plus(AssembledText.of(new Part.Known("=", null, f.origin().shifted(p.end(1)), false)))
                        .plus(f.anchored(p.start(2), p.end(2)));
                query = any = true;
            }
        }
        if (any) {
            ff.roots.add(new Root(path, text, RootKind.CONFIG, key + ".filters"));
        }
    }

    /**
     * The key an XML attribute's value is known by: its attribute name, except the value of a placeholder's default
     * property ({@code <cm:default-properties><cm:property name="dashboard.baseUrl" value=".."/>} of a Blueprint
     * context), which is the property its {@code name} gives, as a properties file's entry would be.
     */
    private static String defaultPropertyKey(Xml.@org.jspecify.annotations.Nullable Tag tag, Xml.Attribute attribute, Cursor cursor) {
        if (tag != null && attribute.getKeyAsString().equals("value") && localName(tag.getName()).equals("property")) {
            Xml.Tag parent = cursor.dropParentUntil(v -> v instanceof Xml.Tag t && t != tag || v instanceof Xml.Document).getValue()
                    instanceof Xml.Tag t ? t : null;
            if (parent != null && localName(parent.getName()).equals("default-properties")) {
                for (Xml.Attribute a : tag.getAttributes()) {
                    if (a.getKeyAsString().equals("name") && !a.getValueAsString().isBlank()) {
                        return a.getValueAsString();
                    }
                }
            }
        }
        return attribute.getKeyAsString();
    }

    private static String localName(String name) {
        return name.substring(name.indexOf(':') + 1);
    }

    /** The names a Camel route gives the header that holds an HTTP request's query. */
    private static final java.util.Set<String> HTTP_QUERY_HEADERS = java.util.Set.of("CamelHttpQuery", "Exchange.HTTP_QUERY");

    /**
     * {@code <setHeader name="CamelHttpQuery"><simple>areaCode=${header.npa}&amp;page=1</simple></setHeader>} of a Camel
     * XML route: the query of the request the next {@code <to>} or {@code <toD>} of the route sends, read as that
     * endpoint's URI with the query after it (as the Java DSL's {@code setHeader(Exchange.HTTP_QUERY, ..)} is).
     */
    private static void camelHttpQuery(Xml.Tag tag, Cursor cursor, String path, ProjectFacts.FileFacts ff) {
        if (!tag.getName().equals("setHeader") || tag.getAttributes().stream().noneMatch(a -> a.getKeyAsString().equals("name")
                && HTTP_QUERY_HEADERS.contains(a.getValueAsString())) || !(cursor.getParentTreeCursor().getValue() instanceof Xml.Tag route)
                || route.getContent() == null) {
            return;
        }
        // the expression's text, in the pieces the XML parser gives it (an entity such as &amp; is a piece of its own)
        AssembledText query = AssembledText.empty();
        for (Xml.Tag expression : tag.getChildren()) {
            for (org.openrewrite.xml.tree.Content content : expression.getContent() == null
                    ? List.<org.openrewrite.xml.tree.Content>of() : expression.getContent()) {
                if (content instanceof Xml.CharData cd && !cd.getText().isBlank()) {
                    Origin o = new Origin(path, cd.getId());
                    String text = cd.getText();
                    int lead = text.length() - text.stripLeading().length();
                    query = query.plus(AssembledText.of(text.equals("&amp;") ? new Part.Known("&", o, o, false)
                            : new Part.Known(text.strip(), o.shifted(lead), o, false)));
                }
            }
        }
        if (query.parts().isEmpty()) {
            return;
        }
        boolean after = false;
        for (org.openrewrite.xml.tree.Content content : route.getContent()) {
            if (content == tag) {
                after = true;
            } else if (after && content instanceof Xml.Tag next && (next.getName().equals("to") || next.getName().equals("toD"))) {
                for (Xml.Attribute uri : next.getAttributes()) {
                    if (uri.getKeyAsString().equals("uri")) {
                        Origin at = new Origin(path, uri.getId());
                        String endpoint = uri.getValueAsString();
                        int q = endpoint.indexOf('?');
                        AssembledText base = JavaStringAssembler.withPlaceholders(q < 0 ? endpoint : endpoint.substring(0, q), at);
                        ff.roots.add(new Root(path, base.plus(AssembledText.of(new Part.Known("?", null, null, false))).plus(query),
                                RootKind.CONFIG, "uri"));
                    }
                }
                return;
            }
        }
    }

    /**
     * {@code <bean class="com.acme.IrisHttp"><constructor-arg value="${iris.baseUrl}"/></bean>} of a Spring XML
     * context (or {@code <argument value=".."/>} of an OSGi Blueprint one): what a class of the project is built with,
     * as {@code new IrisHttp(..)} in Java would be. The values of its {@code <constructor-arg>}s, {@code <argument>}s
     * and {@code <property>}s (as attributes, {@code <value>} children, or the
     * {@code c:}/{@code p:} shortcuts on the bean) are its construction's arguments.
     */
    private static void springBean(Xml.Tag bean, String path, ProjectFacts.FileFacts ff) {
        String type = bean.getName().equals("bean") ? bean.getAttributes().stream()
                .filter(a -> a.getKeyAsString().equals("class")).map(Xml.Attribute::getValueAsString).findFirst().orElse(null) : null;
        if (type == null || type.isBlank()) {
            return;
        }
        String declared = type.strip().replace('$', '.');
        for (Xml.Attribute a : bean.getAttributes()) {
            if (a.getKeyAsString().startsWith("c:") || a.getKeyAsString().startsWith("p:")) {
                construction(ff, path, declared, a.getValueAsString(), new Origin(path, a.getId()));
            }
        }
        for (Xml.Tag arg : bean.getChildren()) {
            if (!arg.getName().equals("constructor-arg") && !arg.getName().equals("argument") && !arg.getName().equals("property")) {
                continue;
            }
            for (Xml.Attribute a : arg.getAttributes()) {
                if (a.getKeyAsString().equals("value")) {
                    construction(ff, path, declared, a.getValueAsString(), new Origin(path, a.getId()));
                }
            }
            for (Xml.Tag value : arg.getChildren("value")) {
                for (org.openrewrite.xml.tree.Content content : value.getContent() == null
                        ? List.<org.openrewrite.xml.tree.Content>of() : value.getContent()) {
                    if (content instanceof Xml.CharData cd && !cd.getText().isBlank()) {
                        construction(ff, path, declared, cd.getText().strip(), new Origin(path, cd.getId()));
                    }
                }
            }
        }
    }

    /**
     * {@code <jaxrs:client address="${dashboard.url}" serviceClass="com.acme.E911Api"/>} of Apache CXF in a Spring or
     * Blueprint context: a proxy of the interface built on that address, as
     * {@code JAXRSClientFactory.create(address, E911Api.class)} would be.
     */
    private static void proxyClient(Xml.Tag tag, String path, ProjectFacts.FileFacts ff) {
        if (!localName(tag.getName()).equals("client")) {
            return;
        }
        String serviceClass = null;
        Xml.Attribute address = null;
        for (Xml.Attribute a : tag.getAttributes()) {
            if (a.getKeyAsString().equals("serviceClass")) {
                serviceClass = a.getValueAsString().strip().replace('$', '.');
            } else if (a.getKeyAsString().equals("address")) {
                address = a;
            }
        }
        if (serviceClass != null && !serviceClass.isEmpty() && address != null && !address.getValueAsString().isBlank()) {
            ff.clientInterfaces.put(serviceClass, JavaStringAssembler.withPlaceholders(address.getValueAsString().strip(),
                    new Origin(path, address.getId())));
        }
    }

    private static void construction(ProjectFacts.FileFacts ff, String path, String type, String value, Origin origin) {
        if (!value.isBlank()) {
            ff.constructorArguments.add(new ProjectFacts.Construction(type, JavaStringAssembler.withPlaceholders(value, origin)));
        }
    }

    /** A HOCON file: Typesafe Config's {@code application.conf}/{@code reference.conf}, any {@code .conf} of that form. */
    public static boolean isHocon(String path) {
        return path.toLowerCase(java.util.Locale.ROOT).endsWith(".conf");
    }

    /**
     * A HOCON file's values, each anchored at its offset in the file's text: one piece of text as a property; a
     * concatenation with substitutions ({@code ${dashboard.account-url}"/addresses"}) as a text of its own, whose
     * substitutions read the other keys. An environment override alone ({@code ${?DASHBOARD_URL}}) is no value.
     */
    /** A request file of an HTTP client: IntelliJ's {@code .http}, VS Code REST Client's {@code .rest}. */
    public static boolean isHttpRequests(String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".http") || lower.endsWith(".rest");
    }

    /** {@code @host = https://dashboard.bandwidth.com}: a variable of a request file. */
    private static final java.util.regex.Pattern HTTP_VARIABLE = java.util.regex.Pattern.compile("^@([\\w.-]+)\\s*=\\s*(.*?)\\s*$");
    /** {@code GET https://dashboard.bandwidth.com/api/accounts/{{accountId}}/sites HTTP/1.1}: a request's line. */
    private static final java.util.regex.Pattern REQUEST_LINE = java.util.regex.Pattern.compile(
            "^(?:(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\\s+)?(https?://\\S+|\\{\\{[\\w.-]+}}\\S*)(?:\\s+HTTP/[\\d.]+)?\\s*$");
    /** {@code {{accountId}}}: a variable's use. */
    private static final java.util.regex.Pattern HTTP_USE = java.util.regex.Pattern.compile("\\{\\{\\s*([\\w.-]+)\\s*}}");

    /**
     * The requests of an HTTP client's request file, each its URL (a variable the file declares, {@code @host = ..},
     * read as its value; another, from an environment file, left as written) and its body, as texts of code: a v1 URL
     * or a 10-digit number in an order's body there is sent when someone runs the request. Requests are separated by
     * {@code ###} lines; headers end at the first blank line.
     */
    private static void httpRequests(org.openrewrite.text.PlainText pt, String path, ProjectFacts.FileFacts ff) {
        String text = pt.getText();
        java.util.Map<String, int[]> variables = new java.util.HashMap<>();
        int state = 0; // 0: between requests, 1: headers, 2: body
        int bodyStart = -1;
        int bodyEnd = -1;
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end).replace("\r", "");
            boolean separator = line.startsWith("###");
            if (separator || nl < 0) {
                if (state == 2 && !separator && !line.isBlank()) {
                    bodyStart = bodyStart < 0 ? start : bodyStart;
                    bodyEnd = start + line.length();
                }
                httpBody(pt, path, ff, text, bodyStart, bodyEnd);
                state = 0;
                bodyStart = -1;
            } else if (state == 0 && !line.isBlank() && !line.startsWith("#") && !line.startsWith("//")) {
                java.util.regex.Matcher v = HTTP_VARIABLE.matcher(line);
                java.util.regex.Matcher r = REQUEST_LINE.matcher(line);
                if (v.matches()) {
                    variables.put(v.group(1), new int[]{start + v.start(2), start + v.end(2)});
                } else if (r.matches()) {
                    httpUrl(pt, path, ff, text, start + r.start(2), start + r.end(2), variables);
                    state = 1;
                }
            } else if (state == 1 && line.isBlank()) {
                state = 2;
            } else if (state == 2 && !line.isBlank()) {
                bodyStart = bodyStart < 0 ? start : bodyStart;
                bodyEnd = start + line.length();
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
    }

    /** A request's URL in a request file, its file variables read as their values. */
    private static void httpUrl(org.openrewrite.text.PlainText pt, String path, ProjectFacts.FileFacts ff, String text,
                                int from, int to, java.util.Map<String, int[]> variables) {
        List<Part> parts = new ArrayList<>();
        java.util.regex.Matcher use = HTTP_USE.matcher(text.substring(from, to));
        int at = from;
        while (use.find()) {
            int[] value = variables.get(use.group(1));
            if (value == null) {
                continue; // {{accountId}} of an environment file: a part of the URL as written
            }
            if (from + use.start() > at) {
                Origin o = hoconOrigin(pt, path, at);
                parts.add(new Part.Known(text.substring(at, from + use.start()), o, o, false));
            }
            Origin o = hoconOrigin(pt, path, value[0]);
            parts.add(new Part.Known(text.substring(value[0], value[1]), o, o, false));
            at = from + use.end();
        }
        if (to > at) {
            Origin o = hoconOrigin(pt, path, at);
            parts.add(new Part.Known(text.substring(at, to), o, o, false));
        }
        ff.roots.add(new Root(path, AssembledText.of(parts), RootKind.CODE, null));
    }

    /** A request's body in a request file ([from, to) of its text), when it has one. */
    private static void httpBody(org.openrewrite.text.PlainText pt, String path, ProjectFacts.FileFacts ff, String text,
                                 int from, int to) {
        if (from < 0 || to <= from) {
            return;
        }
        Origin o = hoconOrigin(pt, path, from);
        ff.roots.add(new Root(path, AssembledText.of(new Part.Known(text.substring(from, to), o, o, false)), RootKind.CODE, null));
    }

    private static void hocon(org.openrewrite.text.PlainText pt, String path, ProjectFacts.FileFacts ff) {
        for (HoconReader.Value v : HoconReader.read(pt.getText())) {
            HoconReader.Text single = v.single();
            if (single != null) {
                add(ff, path, v.key(), single.text(), hoconOrigin(pt, path, single.offset()));
                continue;
            }
            if (v.pieces().stream().noneMatch(p -> p instanceof HoconReader.Text t && !t.text().isBlank())) {
                continue;
            }
            List<Part> parts = new ArrayList<>();
            for (HoconReader.Piece p : v.pieces()) {
                if (p instanceof HoconReader.Text t) {
                    Origin o = hoconOrigin(pt, path, t.offset());
                    parts.add(new Part.Known(t.text(), o, o, false));
                } else if (p instanceof HoconReader.Substitution sub) {
                    Origin o = hoconOrigin(pt, path, sub.offset());
                    parts.add(sub.optional() ? new Part.Hole("${?" + sub.key() + "}")
                            : new Part.PropertyRef(sub.key(), null, o));
                }
            }
            ff.roots.add(new Root(path, AssembledText.of(parts), RootKind.CONFIG, v.key()));
        }
    }

    /**
     * Where a piece of a HOCON value is written: its offset in the file's text, under an id of its own (the file is one
     * tree; each value must count as a leaf of its own, so that a value another API also uses keeps only itself from
     * being rewritten). {@code PlanApplier} finds a plain-text file's findings by its path.
     */
    private static Origin hoconOrigin(org.openrewrite.text.PlainText pt, String path, int offset) {
        return new Origin(path, java.util.UUID.nameUUIDFromBytes((pt.getId() + ":" + offset).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), offset);
    }

    private static void add(ProjectFacts.FileFacts ff, String path, String key, String text, Origin origin) {
        add(ff, path, key, key, text, origin);
    }

    /**
     * A value known by {@code key} as a property, and by {@code dottedKey} (its place in the file's tree) as a root:
     * a JSON member is looked up by its name, and grouped with its siblings by its place.
     */
    private static void add(ProjectFacts.FileFacts ff, String path, String key, String dottedKey, String text, Origin origin) {
        if (text.isEmpty()) {
            return;
        }
        ff.configValues.add(new ConfigValue(key, text, origin));
        // a config value may itself hold ${...} placeholders; the literal text is matched as written
        ff.roots.add(new Root(path, AssembledText.of(new Part.Known(text, origin, origin, false)), RootKind.CONFIG, dottedKey));
        if (JavaStringAssembler.hasPlaceholder(text)) {
            // and with its placeholders resolved, so ${bw.base}/accounts/{id}/addresses is seen with its host
            ff.roots.add(new Root(path, JavaStringAssembler.withPlaceholders(text, origin), RootKind.CONFIG, dottedKey));
        }
    }

    /**
     * The dotted place of a JSON value among its file's members: {@code provisioning.paths.addresses} for
     * {@code {"provisioning": {"paths": {"addresses": ".."}}}}; a member whose value is an array is marked, its items
     * sharing one place ({@code requests[].path}).
     */
    static String jsonKey(Cursor cursor) {
        return dottedKey(cursor, o -> o instanceof Json.Member m
                        ? String.valueOf(m.getKey() instanceof Json.Literal k ? k.getValue() : m.getKey()) : null,
                o -> o instanceof Json.Array);
    }

    /** The dotted key of a YAML scalar: {@code bandwidth.dashboard.base-url} (a sequence's items are not marked). */
    static String yamlKey(Cursor cursor) {
        return dottedKey(cursor, o -> o instanceof Yaml.Mapping.Entry e ? e.getKey().getValue() : null, o -> false);
    }

    /**
     * The keys of the members around a cursor, outermost first, joined by dots; a member whose value is a list (the
     * nearest list below it on the cursor's path) is marked {@code []}.
     */
    private static String dottedKey(Cursor cursor, java.util.function.Function<Object, String> keyOf,
                                    java.util.function.Predicate<Object> isList) {
        List<String> keys = new ArrayList<>();
        Iterator<Object> path = cursor.getPath();
        boolean inList = false;
        while (path.hasNext()) {
            Object o = path.next();
            String key = keyOf.apply(o);
            if (isList.test(o)) {
                inList = true;
            } else if (key != null) {
                keys.add(0, key + (inList ? "[]" : ""));
                inList = false;
            }
        }
        return String.join(".", keys);
    }
}
