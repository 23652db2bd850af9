package net.korvalink.edge.partner;

import java.util.List;

import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpMethod;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Bandwidth Messaging API v2, for NOC alerts and the smoke test. */
@Component
public class MessagingApiClient {

    private static final String MESSAGES_URL = "https://messaging.bandwidth.com/api/v2/users/%s/messages";

    private final PartnerHttp http;
    private final String accountId;
    private final String applicationId;
    private final String user;
    private final String password;

    public MessagingApiClient(PartnerHttp http, @Value("${korvalink.messaging.account-id}") String accountId,
            @Value("${korvalink.messaging.application-id}") String applicationId,
            @Value("${korvalink.messaging.user}") String user,
            @Value("${korvalink.messaging.password}") String password) {
        this.http = http;
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.user = user;
        this.password = password;
    }

    public String send(String from, List<String> to, String text) {
        String body = """
                {
                  "applicationId": "%s",
                  "from": "%s",
                  "to": [%s],
                  "text": "%s",
                  "tag": "noc"
                }
                """.formatted(applicationId, from, String.join(",", to.stream().map(n -> "\"" + n + "\"").toList()),
                text.replace("\"", "'"));
        return http.send("messaging", http.withBasicAuth(http.request(String.format(MESSAGES_URL, accountId)), user,
                password)
                .method(HttpMethod.POST)
                .body(new StringRequestContent("application/json", body)));
    }

    /** Pages the on-call engineer through the NOC pager number. */
    public String page(String text) {
        return send("+19194605000", List.of("+19195550188"), text);
    }
}
