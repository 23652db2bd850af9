package net.tidewatertel.provisioning.http;

/** Status, body and Location header of one Dashboard call. */
public class HttpResult {

    private final int status;
    private final String body;
    private final String location;

    public HttpResult(int status, String body, String location) {
        this.status = status;
        this.body = body;
        this.location = location;
    }

    public int getStatus() {
        return status;
    }

    public String getBody() {
        return body;
    }

    public String getLocation() {
        return location;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Last path segment of the Location header, which is how the Dashboard returns new order ids. */
    public String createdId() {
        if (location == null) {
            return null;
        }
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return "HttpResult[" + status + ", " + (body == null ? 0 : body.length()) + " chars]";
    }
}
