package com.acme.porting.home;

/** Pairs a smart-home hub; its support line is printed on the box. */
public class HubSetup {
    static final String SUPPORT_LINE = "8005550199";

    public IrisClient pair(String hubId) {
        return new IrisClient(hubId, "installer", "t0k3n");
    }
}
