package com.harborline.porting.service;

import com.harborline.porting.client.ExternalTnsClient;
import com.harborline.porting.config.DashboardPaths;
import com.harborline.porting.config.DashboardProperties;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
public class ExternalTnsService {

    private final ExternalTnsClient client;
    private final HttpClient http;
    private final DashboardProperties props;

    public ExternalTnsService(ExternalTnsClient client, @Client("${dashboard.url}") HttpClient http,
                              DashboardProperties props) {
        this.client = client;
        this.http = http;
        this.props = props;
    }

    public String addHostedMessaging(String customerOrderId, List<String> numbers) {
        return client.submit(props.getAccountId(), props.getSiteId(), props.getSipPeerId(),
                body(customerOrderId, "IMPORT", numbers));
    }

    public String removeHostedMessaging(String customerOrderId, List<String> numbers) {
        String url = "%s/accounts/%s/externalTns".formatted(props.getUrl(), props.getAccountId());
        return http.toBlocking().retrieve(HttpRequest.POST(url, body(customerOrderId, "REMOVE", numbers))
                .contentType(MediaType.APPLICATION_XML_TYPE)
                .basicAuth(props.getUsername(), props.getPassword()));
    }

    public String listExternal() {
        String url = props.getUrl() + DashboardPaths.account(props.getAccountId(), DashboardPaths.EXTERNAL_TNS);
        return http.toBlocking().retrieve(HttpRequest.GET(url).basicAuth(props.getUsername(), props.getPassword()));
    }

    public String status(String orderId) {
        return client.status(props.getAccountId(), orderId);
    }

    private String body(String customerOrderId, String action, List<String> numbers) {
        StringBuilder sb = new StringBuilder("<ExternalTnsOrder>");
        sb.append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>");
        sb.append("<Action>").append(action).append("</Action>");
        sb.append("<SiteId>").append(props.getSiteId()).append("</SiteId>");
        sb.append("<SipPeerId>").append(props.getSipPeerId()).append("</SipPeerId>");
        sb.append("<TelephoneNumbers>");
        for (String tn : numbers) {
            sb.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        return sb.append("</TelephoneNumbers></ExternalTnsOrder>").toString();
    }
}
