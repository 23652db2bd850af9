package com.bluepinenet.cdrpipeline.dashboard.model;

/** What we keep from a Dashboard tndetails answer. */
public record TnDetail(
        String fullNumber,
        int areaCode,
        String rateCenter,
        String lata,
        String city,
        String state,
        String status,
        String accountId) {

    public boolean inService() {
        return "Inservice".equalsIgnoreCase(status);
    }
}
