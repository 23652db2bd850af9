package com.acme.porting.home;

/** Our own client for the "Iris" smart-home hub of the consumer product line: not Bandwidth's Iris. */
public class IrisClient {
    private final String hubId;
    private final String user;
    private final String token;

    public IrisClient(String hubId, String user, String token) {
        this.hubId = hubId;
        this.user = user;
        this.token = token;
    }

    public String devicesUrl() {
        return "https://hub.acme-home.example/api/hubs/" + hubId + "/devices?user=" + user;
    }

    public boolean hasToken() {
        return token != null && !token.isEmpty();
    }
}
