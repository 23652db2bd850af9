package com.cascadia.numprov.iris;

/** A non-2xx answer from the Dashboard API. */
public class IrisApiException extends RuntimeException {

    private final int status;
    private final String body;

    public IrisApiException(String method, String url, int status, String body) {
        super(method + " " + url + " -> HTTP " + status);
        this.status = status;
        this.body = body;
    }

    public IrisApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
        this.body = null;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }
}
