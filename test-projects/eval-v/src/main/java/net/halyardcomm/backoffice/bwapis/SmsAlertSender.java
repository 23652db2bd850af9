package net.halyardcomm.backoffice.bwapis;

import java.io.IOException;

import net.halyardcomm.backoffice.http.BasicAuth;

/**
 * Texts the on-call engineer when a Dashboard order fails. Bandwidth messaging API (v2),
 * which is a different product from the numbers API and not part of the Iris migration.
 */
public class SmsAlertSender {

    private static final String MESSAGES_URL = "https://messaging.bandwidth.com/api/v2/users/%s/messages";
    /** The NOC's alerting number, provisioned on the messaging application. */
    private static final String FROM = "+19195550100";

    private final String accountId;
    private final String applicationId;
    private final BasicAuth auth;

    public SmsAlertSender(String accountId, String applicationId, BasicAuth auth) {
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.auth = auth;
    }

    public String alert(String onCallE164, String text) throws IOException {
        String json = String.format(
                "{\"applicationId\":\"%s\",\"to\":[\"%s\"],\"from\":\"%s\",\"text\":\"%s\"}",
                applicationId, onCallE164, FROM, text.replace("\"", "'"));
        return JsonPost.send("POST", String.format(MESSAGES_URL, accountId), auth, json);
    }

    /** Legacy pager gateway still wants the national form in the tag. */
    public String alertPager(String text) throws IOException {
        String json = """
                {"applicationId":"%s","to":["+17045550190"],"from":"%s","text":"%s","tag":"pager-7045550190"}
                """.formatted(applicationId, FROM, text);
        return JsonPost.send("POST", String.format(MESSAGES_URL, accountId), auth, json);
    }
}
