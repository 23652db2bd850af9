package net.tidewatertel.provisioning.integrations;

import java.io.IOException;

/**
 * Bandwidth messaging API, used for NOC alerts and the customer notification texts.
 * Numbers are E.164 here, as the messaging API always wanted them.
 */
public class MessagingApiClient {

    private static final String MESSAGES_PATH = "/users/%s/messages";
    private static final String ALERT_SENDER = "+17575550100";

    private final String baseUrl;
    private final String accountId;
    private final String applicationId;
    private String authorization;

    public MessagingApiClient(String baseUrl, String accountId, String applicationId) {
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.applicationId = applicationId;
    }

    public void setCredentials(String user, String password) {
        this.authorization = HttpJson.basic(user, password);
    }

    public String sendText(String to, String text) throws IOException {
        String json = "{\"applicationId\":\"" + applicationId + "\",\"to\":[\"" + to + "\"],"
                + "\"from\":\"" + ALERT_SENDER + "\",\"text\":\"" + text.replace("\"", "'") + "\",\"tag\":\"noc-alert\"}";
        return HttpJson.send("POST", baseUrl + String.format(MESSAGES_PATH, accountId), authorization, json);
    }

    public String mediaList() throws IOException {
        return HttpJson.send("GET", "https://messaging.bandwidth.com/api/v2/users/" + accountId + "/media", authorization, null);
    }

    /** Outbound test call from the voice API, used after a sip peer move. */
    public String placeTestCall(String to, String answerUrl) throws IOException {
        String json = "{\"from\":\"" + ALERT_SENDER + "\",\"to\":\"" + to + "\",\"applicationId\":\"" + applicationId
                + "\",\"answerUrl\":\"" + answerUrl + "\"}";
        return HttpJson.send("POST", "https://voice.bandwidth.com/api/v2/accounts/" + accountId + "/calls", authorization, json);
    }
}
