package io.github.irismigrate.recipes;

import io.github.irismigrate.analysis.JavaArgs;
import org.jspecify.annotations.Nullable;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.TypeUtils;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.TypeTree;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What names and types say about a value: a telephone number, an area code, a number type. */
final class NumberNames {
    private static final Pattern TN_WORD = Pattern.compile("(?:^|[a-z0-9_])(?:tns?|TNS?|Tns?)(?:$|[A-Z_0-9])|^(?:tn|tns)(?:$|[A-Z_])");
    private static final Set<String> NUMERIC = Set.of("int", "long", "short", "double", "Integer", "Long", "Short",
            "Double", "BigInteger", "BigDecimal", "java.lang.Integer", "java.lang.Long", "java.math.BigInteger",
            "Int", "kotlin.Int", "kotlin.Long"); // Kotlin's Int, and its Long and Short as above

    private NumberNames() {
    }

    /**
     * A name that holds a telephone number: {@code tn}, {@code completedTn}, {@code telephoneNumber}, {@code phone},
     * {@code fullNumber}, an E911 address's {@code callbackNumber}.
     */
    static boolean isTelephoneNumber(@Nullable String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        String n = name.startsWith("get") && name.length() > 3 ? name.substring(3) : name;
        if (IDENTIFIER_OF.matcher(n).find()) {
            return false; // tnId, telephoneNumberIds: the id of a record, not the number (a tnKey may be the number)
        }
        String l = n.toLowerCase(Locale.ROOT);
        if (l.contains("telephonenumber") || l.contains("phone") || l.contains("fullnumber") || l.contains("callbacknumber") || l.equals("msisdn")
                || l.equals("did") || l.equals("dids") || l.equals("e164")) {
            return !l.contains("count") && !l.contains("type") && !l.contains("format");
        }
        return TN_WORD.matcher(n).find() || l.equals("tn") || l.equals("tns");
    }

    /** A name ending in what identifies a record rather than holds a value: {@code tnId}, {@code phone_pk}. */
    private static final Pattern IDENTIFIER_OF = Pattern.compile("[a-z0-9](?:Id|ID|Ids|IDs|Pk|Seq)$|_(?:id|ids|pk)$");

    /** A name that holds an area code: {@code areaCode}, {@code area_code}, {@code npa}. */
    static boolean isAreaCode(@Nullable String name) {
        if (name == null) {
            return false;
        }
        String l = name.toLowerCase(Locale.ROOT);
        return (l.contains("areacode") || l.contains("area_code") || l.equals("npa") || l.equals("getnpa"))
                && !COUNT_OF.matcher(l).find();
    }

    /** A count or limit per area code ({@code perAreaCode}, {@code areaCodeCount}), not an area code. */
    private static final java.util.regex.Pattern COUNT_OF = java.util.regex.Pattern.compile(
            "^(?:per|num|count|max|min|total)|(?:count|quantity|limit|size|total)s?$");

    /** Calls that give a value back as text, unchanged as far as its digits go. */
    private static final java.util.Set<String> TEXT_OF = java.util.Set.of("toString", "trim", "strip", "asText", "textValue",
            "getTextContent", "getText", "getNodeValue");
    private static final java.util.Set<String> CONVERTERS = java.util.Set.of("String", "Long", "Integer", "Objects");

    /** Calls that read one element or key of a payload by its name, the name last. */
    private static final java.util.Set<String> ELEMENT_READS = java.util.Set.of("firstText", "text", "textOf", "childText",
            "getChildText", "getChildTextTrim", "elementText", "elementTextTrim", "path", "at", "required", "findValue",
            "getString", "optString", "getAsString", "evaluate", "get", "getFirst", "firstValue", "readText");
    /** An element's or key's name, alone or as the last step of an XPath ({@code //FullNumber}, {@code /a/FullNumber/text()}). */
    private static final Pattern ELEMENT_KEY = Pattern.compile("(?:[/\\w:]*/)?(\\w+)(?:/text\\(\\))?");

    /** The name an expression reads: a variable, a field, a getter (without arguments), or an element or key read by name. */

    static @Nullable String nameOf(Expression e) {
        if (e instanceof J.Identifier id) {
            return id.getSimpleName();
        }
        if (e instanceof J.FieldAccess fa) {
            return fa.getSimpleName();
        }
        if (e instanceof J.MethodInvocation m && JavaArgs.real(m.getArguments()).isEmpty()) {
            // tn.trim(), row.telephoneNumber().toString(), a JSON or XML node's tn.asText(): still the number
            return TEXT_OF.contains(m.getSimpleName()) && m.getSelect() != null ? nameOf(m.getSelect()) : m.getSimpleName();
        }
        if (e instanceof J.MethodInvocation m && JavaArgs.real(m.getArguments()).size() == 1 && m.getSelect() instanceof J.Identifier cls
                && CONVERTERS.contains(cls.getSimpleName()) && (m.getSimpleName().equals("valueOf") || m.getSimpleName().equals("toString"))) {
            // String.valueOf(row.telephoneNumber()), Long.toString(tn)
            return nameOf(JavaArgs.real(m.getArguments()).get(0));
        }
        if (e instanceof J.MethodInvocation m && m.getSimpleName().equals("get") && m.getSelect() != null
                && JavaArgs.real(m.getArguments()).size() == 1 && m.getMethodType() != null
                && TypeUtils.isAssignableTo("java.util.List", m.getMethodType().getDeclaringType())) {
            return nameOf(m.getSelect()); // tns.get(i): an element of a list of numbers is a number
        }
        if (e instanceof J.ArrayAccess element) {
            return nameOf(element.getIndexed()); // tns[i]
        }
        if (e instanceof J.MethodInvocation m && ELEMENT_READS.contains(m.getSimpleName())) {
            // XmlSupport.firstText(doc, "FullNumber"), node.path("telephoneNumber"), xpath.evaluate("//FullNumber", doc):
            // the element or key read (the one text given) names the value
            List<String> keys = JavaArgs.real(m.getArguments()).stream()
                    .filter(a -> a instanceof J.Literal l && l.getValue() instanceof String)
                    .map(a -> (String) ((J.Literal) a).getValue()).toList();
            java.util.regex.Matcher k = keys.size() == 1 ? ELEMENT_KEY.matcher(keys.get(0)) : null;
            return k != null && k.matches() ? k.group(1) : null;
        }
        if (e instanceof J.Parentheses<?> p && p.getTree() instanceof Expression inner) {
            return nameOf(inner);
        }
        if (e instanceof J.TypeCast tc) {
            return nameOf(tc.getExpression());
        }
        return null;
    }

    /** True when a declared type is a number type ({@code int}, {@code long}, {@code Integer}, {@code BigInteger} ...). */
    static boolean isNumeric(@Nullable TypeTree type) {
        if (type == null) {
            return false;
        }
        if (type instanceof J.NullableType nullable) {
            return isNumeric(nullable.getTypeTree()); // Kotlin's Long?
        }
        if (type instanceof J.Primitive p) {
            return p.getType() != JavaType.Primitive.Boolean && p.getType() != JavaType.Primitive.Char
                    && p.getType() != JavaType.Primitive.String && p.getType() != JavaType.Primitive.Void;
        }
        if (type instanceof J.ParameterizedType pt && pt.getTypeParameters() != null && pt.getTypeParameters().size() == 1
                && COLLECTIONS.contains(pt.getClazz().toString().trim())) {
            // List<Long> failedTelephoneNumbers: a collection of numbers is a number type too
            return pt.getTypeParameters().get(0) instanceof TypeTree element && isNumeric(element);
        }
        return NUMERIC.contains(type.toString().trim());
    }

    private static final java.util.Set<String> COLLECTIONS = java.util.Set.of("List", "Set", "Collection", "ArrayList",
            "HashSet", "LinkedHashSet", "SortedSet", "TreeSet", "java.util.List", "java.util.Set", "java.util.Collection");

    static boolean isNumericLiteral(Expression e) {
        return e instanceof J.Literal l && l.getValue() instanceof Number;
    }

    /** Annotations that map a payload element onto a field or a creator's parameter. */
    private static final Set<String> MAPPING_ANNOTATIONS = Set.of("JsonProperty", "JacksonXmlProperty", "XmlElement",
            "XmlAttribute", "SerializedName", "Json", "JsonAlias", "Element", "Attribute", "Column");

    /**
     * True when {@code vd} is a field or record component of a class ({@code com.acme.InventoryNumber#areaCode}) that
     * {@code fedFields} names, as {@code ProjectFacts.numericFieldsFedByDashboardCode} names them. {@code declaredIn}
     * is the cursor of the tree around the declaration.
     */
    static boolean isFedField(J.VariableDeclarations vd, org.openrewrite.Cursor declaredIn, java.util.Set<String> fedFields) {
        if (fedFields.isEmpty() || vd.getVariables().size() != 1) {
            return false;
        }
        Object around = declaredIn.getValue();
        J.ClassDeclaration cd;
        if (around instanceof J.Block && declaredIn.getParentTreeCursor().getValue() instanceof J.ClassDeclaration c) {
            cd = c; // a field
        } else if (around instanceof J.ClassDeclaration c && c.getPrimaryConstructor() != null
                && c.getPrimaryConstructor().contains(vd)) {
            cd = c; // a record component
        } else {
            return false;
        }
        return cd.getType() != null && fedFields.contains(
                cd.getType().getFullyQualifiedName().replace('$', '.') + "#" + vd.getVariables().get(0).getSimpleName());
    }

    /** True when {@code cu} declares a class whose fields are among {@code fieldKeys} ({@code Owner#name}). */
    static boolean declaresAny(org.openrewrite.java.tree.JavaSourceFile cu, java.util.Set<String> fieldKeys) {
        if (fieldKeys.isEmpty()) {
            return false;
        }
        for (J.ClassDeclaration cd : cu.getClasses()) {
            if (cd.getType() != null) {
                String prefix = cd.getType().getFullyQualifiedName().replace('$', '.') + "#";
                if (fieldKeys.stream().anyMatch(k -> k.startsWith(prefix))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A parameter of a method or constructor with a body ({@code orderInAreaCode(String customer, int areaCode)},
     * {@code markActive(long tn)}, {@code Payload(int areaCode)}): its callers decide what it holds (as often the
     * customer's own choice as the Dashboard's data), and a constructor's or setter's parameter repeats the field it
     * fills; where the Dashboard's value is parsed or stored is reported instead. A parameter mapped from a payload
     * element ({@code @JsonProperty("Npa") int areaCode}), a record component and a Kotlin constructor property are
     * fields. {@code declaredIn} is the cursor of the tree around the declaration.
     */
    static boolean isPlainParameter(J.VariableDeclarations vd, org.openrewrite.Cursor declaredIn) {
        if (!(declaredIn.getValue() instanceof J.MethodDeclaration md) || !md.getParameters().contains(vd) || md.getBody() == null) {
            return false;
        }
        if (vd.getLeadingAnnotations().stream().anyMatch(a -> MAPPING_ANNOTATIONS.contains(a.getSimpleName()))) {
            return false;
        }
        return vd.getModifiers().stream().noneMatch(m -> m.getKeyword() != null
                && (m.getKeyword().equals("val") || m.getKeyword().equals("var")));
    }
}
