package org.harborline.provisioning.messaging;

import java.io.IOException;

import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;

/**
 * Sends NOC alert texts through Bandwidth's messaging API (not the numbers API).
 */
public class SmsGateway {

    private static final String MESSAGES_URL = "https://messaging.bandwidth.com/api/v2/users/%s/messages";
    private static final String NOC_ONCALL = "9195550188";
    private static final String FROM_NUMBER = "+19195550100";

    private final CloseableHttpClient http;
    private final String messagingAccountId;
    private final String applicationId;

    public SmsGateway(CloseableHttpClient http, String messagingAccountId, String applicationId) {
        this.http = http;
        this.messagingAccountId = messagingAccountId;
        this.applicationId = applicationId;
    }

    public void alertNoc(String text) throws IOException {
        String json = String.format(
                "{\"applicationId\":\"%s\",\"to\":[\"%s\"],\"from\":\"%s\",\"text\":\"%s\"}",
                applicationId, NOC_ONCALL, FROM_NUMBER, text.replace("\"", "'"));
        HttpPost post = new HttpPost(String.format(MESSAGES_URL, messagingAccountId));
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        http.execute(post).close();
    }
}
