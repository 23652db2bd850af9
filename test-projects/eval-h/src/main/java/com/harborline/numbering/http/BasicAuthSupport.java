package com.harborline.numbering.http;

import com.harborline.numbering.config.BackOfficeProperties;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Builds the Basic authorization header Dashboard expects. Also used as a Camel bean. */
public final class BasicAuthSupport {

    private static volatile BackOfficeProperties properties = BackOfficeProperties.load();

    private BasicAuthSupport() {
    }

    static void use(BackOfficeProperties props) {
        properties = props;
    }

    /** Camel bean method: {@code method(BasicAuthSupport.class, "header")}. */
    public static String header() {
        return header(properties.username(), properties.password());
    }

    public static String header(String user, String password) {
        String raw = user + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
