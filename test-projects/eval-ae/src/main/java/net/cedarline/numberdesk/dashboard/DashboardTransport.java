package net.cedarline.numberdesk.dashboard;

/**
 * What the clients need from HTTP. {@link DashboardHttp} is the real thing; tests plug in a
 * recorder.
 */
public interface DashboardTransport {

    DashboardResponse get(String url);

    DashboardResponse post(String url, String xml);

    DashboardResponse put(String url, String xml);

    DashboardResponse delete(String url);
}
