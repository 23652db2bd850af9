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
            new PropertiesIsoVisitor<ExecutionContext>() {
                @Override
                public Properties.Entry visitEntry(Properties.Entry entry, ExecutionContext c) {
                    add(ff, path, entry.getKey(), entry.getValue().getText(), new Origin(path, entry.getId()));
                    return entry;
                }
            }.visit(pf, ctx);
        } else if (sf instanceof Yaml.Documents yd) {
            new YamlIsoVisitor<ExecutionContext>() {
                @Override
                public Yaml.Scalar visitScalar(Yaml.Scalar scalar, ExecutionContext c) {
                    Cursor parent = getCursor().getParentTreeCursor();
                    if (parent.getValue() instanceof Yaml.Mapping.Entry e && e.getKey() == scalar) {
                        return scalar;
                    }
                    add(ff, path, yamlKey(getCursor()), scalar.getValue(), new Origin(path, scalar.getId()));
                    return scalar;
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
