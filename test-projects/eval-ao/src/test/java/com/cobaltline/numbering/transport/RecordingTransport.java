package com.cobaltline.numbering.transport;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.cobaltline.numbering.config.DashboardSettings;

/**
 * Hand-made transport stub: records every call and answers from a queue of canned bodies.
 */
public class RecordingTransport implements DashboardTransport {

    public record Call(String method, String path, String body) {
    }

    private final List<Call> calls = new ArrayList<>();
    private final Deque<String> answers = new ArrayDeque<>();

    public static DashboardSettings settings() {
        return new DashboardSettings("https://dashboard.bandwidth.com/api", "5001234", "svc-test", "secret",
                "31472", "508812", "USA");
    }

    public RecordingTransport answer(String body) {
        answers.add(body);
        return this;
    }

    private String record(String method, String path, String body) {
        calls.add(new Call(method, path, body));
        return answers.isEmpty() ? "" : answers.poll();
    }

    @Override
    public String get(String pathAndQuery) {
        return record("GET", pathAndQuery, null);
    }

    @Override
    public String post(String path, String xmlBody) {
        return record("POST", path, xmlBody);
    }

    @Override
    public String put(String path, String xmlBody) {
        return record("PUT", path, xmlBody);
    }

    @Override
    public void delete(String path) {
        record("DELETE", path, null);
    }

    public List<Call> calls() {
        return calls;
    }

    public Call last() {
        return calls.get(calls.size() - 1);
    }
}
