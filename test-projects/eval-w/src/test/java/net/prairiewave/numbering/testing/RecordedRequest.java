package net.prairiewave.numbering.testing;

/** One request as the fake Dashboard saw it. */
public record RecordedRequest(String method, String path, String query, String body, String authorization) {

    public String pathAndQuery() {
        return query == null ? path : path + "?" + query;
    }
}
