package com.cobaltline.numbering.transport;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.apache.cxf.jaxrs.client.WebClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.cobaltline.numbering.config.DashboardSettings;

/**
 * CXF WebClient based transport. One template client is created per settings instance and copied
 * for every call, WebClient itself not being thread safe.
 */
public class CxfDashboardTransport implements DashboardTransport {

    private static final Logger LOG = LoggerFactory.getLogger(CxfDashboardTransport.class);

    private final WebClient template;

    public CxfDashboardTransport(DashboardSettings settings) {
        this(WebClient.create(settings.getBaseUrl(), settings.getUsername(), settings.getPassword(), null));
        LOG.info("Dashboard transport created for {} (production is https://dashboard.bandwidth.com/api)",
                settings.getBaseUrl());
    }

    CxfDashboardTransport(WebClient template) {
        this.template = template;
    }

    private WebClient client(String pathAndQuery) {
        WebClient wc = WebClient.fromClient(template)
                .type(MediaType.APPLICATION_XML)
                .accept(MediaType.APPLICATION_XML);
        int q = pathAndQuery.indexOf('?');
        if (q < 0) {
            return wc.path(pathAndQuery);
        }
        return wc.path(pathAndQuery.substring(0, q)).replaceQuery(pathAndQuery.substring(q + 1));
    }

    @Override
    public String get(String pathAndQuery) {
        Response response = client(pathAndQuery).get();
        return readBody(response, "GET " + pathAndQuery);
    }

    @Override
    public String post(String path, String xmlBody) {
        Response response = client(path).post(xmlBody);
        Object location = response.getHeaders().getFirst("Location");
        String body = readBody(response, "POST " + path);
        return location != null ? location.toString() : body;
    }

    @Override
    public String put(String path, String xmlBody) {
        return readBody(client(path).put(xmlBody), "PUT " + path);
    }

    @Override
    public void delete(String path) {
        readBody(client(path).delete(), "DELETE " + path);
    }

    private static String readBody(Response response, String what) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        if (response.getStatus() >= 400) {
            LOG.warn("{} failed with {}: {}", what, response.getStatus(), body);
            throw new DashboardTransport.DashboardException(response.getStatus(), what + " returned " + response.getStatus());
        }
        return body;
    }
}
