package net.pinecrest.numbertool.dashboard;

import net.pinecrest.numbertool.config.DashboardUrls;
import net.pinecrest.numbertool.config.ToolConfig;
import net.pinecrest.numbertool.dashboard.xml.E911Address;
import net.pinecrest.numbertool.dashboard.xml.InserviceNumbersXml;
import net.pinecrest.numbertool.dashboard.xml.XmlMappers;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.net.URIBuilder;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Plain Apache HttpClient access to the Dashboard, for the calls where we need the raw XML or where
 * the SDK does not have a model.
 */
public class DashboardHttpClient implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(DashboardHttpClient.class);

    /** Integer.MAX_VALUE: the billing importer cannot take anything larger. */
    private static final long MAX_REPORT_BYTES = 2147483647L;

    private final CloseableHttpClient http;
    private final ToolConfig config;
    private final DashboardPaths paths;
    private final String authorization;

    public DashboardHttpClient(ToolConfig config) {
        this.config = config;
        this.paths = DashboardPaths.of(config);
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (config.username() + ":" + config.password()).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClients.custom()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(config.httpTimeout()))
                        .build())
                .build();
    }

    public List<E911Address> listAddresses() throws IOException {
        URI uri = uri(builder(config.dashboardBase())
                .appendPathSegments("accounts", config.accountId(), "addresses")
                .addParameter("page", "1")
                .addParameter("size", String.valueOf(config.pageSize())));
        E911Address.Page page = XmlMappers.read(get(uri), E911Address.Page.class);
        log.debug("{} E911 addresses on account {}", page.totalCount(), config.accountId());
        return page.addresses() == null ? List.of() : page.addresses();
    }

    public E911Address address(String addressId) throws IOException {
        return XmlMappers.read(get(URI.create(paths.address(addressId))), E911Address.class);
    }

    public List<String> inserviceByAreaCode(String areaCode) throws IOException {
        URI uri = uri(builder(paths.account("inserviceNumbers"))
                .addParameter("areaCode", areaCode)
                .addParameter("size", String.valueOf(config.pageSize())));
        return XmlMappers.read(get(uri), InserviceNumbersXml.class).numbersOrEmpty();
    }

    /** Site-level variant, used when a site is being decommissioned. */
    public List<String> inserviceOnSite(String siteId, String areaCode) throws IOException {
        URI uri = uri(builder(paths.account("sites/" + siteId + "/inserviceNumbers"))
                .setParameter("areacode", areaCode));
        return XmlMappers.read(get(uri), InserviceNumbersXml.class).numbersOrEmpty();
    }

    /** All in-service numbers of several NPAs in one request (the sync job's "quick count"). */
    public List<String> inserviceForAll(java.util.Collection<String> areaCodes) throws IOException {
        return XmlMappers.read(get(URI.create(paths.inservice(areaCodes, 1, config.pageSize()))),
                InserviceNumbersXml.class).numbersOrEmpty();
    }

    public String get(DashboardEndpoint endpoint, java.util.Map<String, String> vars) throws IOException {
        return send(ClassicRequestBuilder.create(endpoint.method())
                .setUri(endpoint.url(config.dashboardBase(), vars))
                .build());
    }

    public String postExternalTns(String externalTnsOrderXml) throws IOException {
        return send(ClassicRequestBuilder.post(paths.externalTns())
                .setEntity(externalTnsOrderXml, ContentType.APPLICATION_XML)
                .build());
    }

    public String tnDetails(String tn) throws IOException {
        return get(URI.create(config.dashboardBase() + "/tns/" + tn + "/tndetails"));
    }

    /** Downloads a report file from an explicit host (the report CDN sometimes differs). */
    public byte[] downloadReport(String host, String reportId, String instanceId) throws IOException {
        URI uri = uri(builder(host)
                .setPath(DashboardUrls.ACCOUNTS_PREFIX + config.accountId() + "/reports/" + reportId
                        + "/instances/" + instanceId + "/file"));
        ClassicHttpRequest request = ClassicRequestBuilder.get(uri)
                .addHeader(HttpHeaders.AUTHORIZATION, authorization)
                .build();
        return http.execute(request, response -> {
            if (response.getEntity().getContentLength() > MAX_REPORT_BYTES) {
                throw new IOException("report " + reportId + " is too large for the billing import");
            }
            return EntityUtils.toByteArray(response.getEntity());
        });
    }

    public String get(URI uri) throws IOException {
        return send(ClassicRequestBuilder.get(uri).build());
    }

    public String postXml(String url, String xml) throws IOException {
        return send(ClassicRequestBuilder.post(url).setEntity(xml, ContentType.APPLICATION_XML).build());
    }

    public String putXml(String url, String xml) throws IOException {
        return send(ClassicRequestBuilder.put(url).setEntity(xml, ContentType.APPLICATION_XML).build());
    }

    private String send(ClassicHttpRequest request) throws IOException {
        request.addHeader(HttpHeaders.AUTHORIZATION, authorization);
        request.addHeader(HttpHeaders.ACCEPT, "application/xml");
        return http.execute(request, response -> {
            String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity());
            if (response.getCode() >= 400) {
                throw new IOException(request.getMethod() + " " + request.getRequestUri() + " -> "
                        + response.getCode() + ": " + body);
            }
            return body;
        });
    }

    private static URIBuilder builder(String base) {
        try {
            return new URIBuilder(base);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(base, e);
        }
    }

    private static URI uri(URIBuilder builder) {
        try {
            return builder.build();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public DashboardPaths paths() {
        return paths;
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
