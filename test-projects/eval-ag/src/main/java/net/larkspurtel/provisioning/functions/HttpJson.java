package net.larkspurtel.provisioning.functions;

import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.util.Map;

/** JSON helpers for the HTTP functions. */
final class HttpJson {

    static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private HttpJson() {
    }

    static <T> T read(HttpRequest request, Class<T> type) throws IOException {
        return GSON.fromJson(request.getReader(), type);
    }

    static void write(HttpResponse response, int status, Object body) throws IOException {
        response.setStatusCode(status);
        response.setContentType("application/json; charset=utf-8");
        BufferedWriter writer = response.getWriter();
        writer.write(GSON.toJson(body));
    }

    static void error(HttpResponse response, int status, String message) throws IOException {
        write(response, status, Map.of("error", message));
    }
}
