package net.harborlinecarrier.tnvault.notify;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import net.harborlinecarrier.tnvault.config.PartnerApisConfiguration;

/** Places a voice call to the NOC when a large port-in fails (Bandwidth voice API). */
public class NocVoiceAlerter {

    private final Client client;
    private final PartnerApisConfiguration partner;
    private final String accountId;

    public NocVoiceAlerter(Client client, PartnerApisConfiguration partner, String accountId) {
        this.client = client;
        this.partner = partner;
        this.accountId = accountId;
    }

    public void portFailed(String orderId) {
        String json = """
                {
                  "from": "+19195550100",
                  "to": "+17045550111",
                  "answerUrl": "https://tnvault.harborlinecarrier.net/api/voice/noc-alert?order=%s",
                  "applicationId": "noc-alerts"
                }
                """.formatted(orderId);
        client.target(partner.getVoiceBaseUrl())
                .path("accounts").path(accountId).path("calls")
                .request(MediaType.APPLICATION_JSON)
                .post(Entity.json(json))
                .close();
    }
}
