package com.northforktel.numbering.dashboard;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.northforktel.numbering.config.ConfigKeys;
import com.northforktel.numbering.config.DashboardSettings;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.uritemplate.UriTemplate;
import java.util.List;

/**
 * Reads the numbers the Dashboard has in service for us. Used by the inventory sync.
 */
@Singleton
public class InServiceNumberClient {

    private static final UriTemplate ACCOUNT_INSERVICE =
            UriTemplate.of("/v1.0/accounts/{accountId}/inserviceNumbers{?areacode,page,size}");

    private final DashboardHttp http;
    private final XmlCodec xml;
    private final DashboardSettings settings;
    private final String host;
    private final int port;

    @Inject
    public InServiceNumberClient(DashboardHttp http, XmlCodec xml, DashboardSettings settings,
                                 @Named(ConfigKeys.DASHBOARD_HOST) String host,
                                 @Named(ConfigKeys.DASHBOARD_PORT) String port) {
        this.http = http;
        this.xml = xml;
        this.settings = settings;
        this.host = host;
        this.port = Integer.parseInt(port);
    }

    public Future<List<String>> page(String areaCode, int page, int size) {
        HttpRequest<Buffer> request = http.webClient()
                .get(port, host, ACCOUNT_INSERVICE)
                .ssl(port == 443)
                .setTemplateParam("accountId", http.accountId())
                .setTemplateParam("areacode", areaCode)
                .setTemplateParam("page", String.valueOf(page))
                .setTemplateParam("size", String.valueOf(size));
        return http.send(http.prepare(request)).map(xml::readTnList);
    }

    public Future<List<String>> forSite(String areaCode) {
        String url = http.baseUrl() + "/accounts/" + http.accountId() + "/sites/" + settings.siteId()
                + "/inserviceNumbers?areaCode=" + areaCode;
        return http.send(http.get(url)).map(xml::readTnList);
    }

    public Future<Integer> total(String areaCode) {
        HttpRequest<Buffer> request = http.get(http.url(DashboardPaths.INSERVICE_NUMBERS) + "/totals")
                .setQueryParam("areacode", areaCode);
        return http.send(request).map(body -> {
            String count = xml.textOf(body, "Count");
            return count == null ? 0 : Integer.parseInt(count.trim());
        });
    }
}
