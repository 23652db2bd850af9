package net.halyardcomm.backoffice.http;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;

/** Builds {@code ?a=1&b=2}. Null values are skipped, so optional filters can be chained. */
public final class QueryString {

    private final StringBuilder sb = new StringBuilder();

    private QueryString() {
    }

    public static QueryString create() {
        return new QueryString();
    }

    public QueryString param(String name, Object value) {
        if (value == null) {
            return this;
        }
        sb.append(sb.length() == 0 ? '?' : '&');
        sb.append(encode(name)).append('=').append(encode(String.valueOf(value)));
        return this;
    }

    public QueryString page(int page, int size) {
        return param("page", page).param("size", size);
    }

    public boolean isEmpty() {
        return sb.length() == 0;
    }

    public String build() {
        return sb.toString();
    }

    public String appendTo(String path) {
        return path + build();
    }

    private static String encode(String s) {
        try {
            return URLEncoder.encode(s, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return build();
    }
}
