package net.tidewatertel.numbering.dashboard;

/**
 * A non-2xx answer of the Dashboard API.
 */
public class DashboardException extends RuntimeException {

  private final int statusCode;
  private final String responseBody;

  public DashboardException(String operation, int statusCode, String responseBody) {
    super(operation + " failed with HTTP " + statusCode);
    this.statusCode = statusCode;
    this.responseBody = responseBody;
  }

  public int statusCode() {
    return statusCode;
  }

  public String responseBody() {
    return responseBody;
  }

  public boolean isClientError() {
    return statusCode >= 400 && statusCode < 500;
  }
}
