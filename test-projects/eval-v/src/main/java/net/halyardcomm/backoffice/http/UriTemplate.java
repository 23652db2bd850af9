package net.halyardcomm.backoffice.http;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Minimal RFC 6570 level-1 template: {@code /accounts/{accountId}/sites/{siteId}}.
 * Written in 2016 before we had a framework that did this; kept because it is tiny.
 */
public final class UriTemplate {

    private static final Pattern VAR = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private final String template;

    public UriTemplate(String template) {
        if (template == null || template.isEmpty()) {
            throw new IllegalArgumentException("empty template");
        }
        this.template = template;
    }

    public static UriTemplate of(String template) {
        return new UriTemplate(template);
    }

    /** Expands from alternating name/value pairs: {@code expand("accountId", id, "siteId", s)}. */
    public String expand(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, Object> vars = new HashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            vars.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return expand(vars);
    }

    public String expand(Map<String, ?> vars) {
        Matcher m = VAR.matcher(template);
        StringBuffer out = new StringBuffer();
        while (m.find()) {
            Object value = vars.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + m.group(1) + "} in " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(encode(String.valueOf(value))));
        }
        m.appendTail(out);
        return out.toString();
    }

    public UriTemplate append(String suffix) {
        return new UriTemplate(template + suffix);
    }

    public String template() {
        return template;
    }

    private static String encode(String s) {
        try {
            return URLEncoder.encode(s, "UTF-8").replace("+", "%20");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return template;
    }
}
