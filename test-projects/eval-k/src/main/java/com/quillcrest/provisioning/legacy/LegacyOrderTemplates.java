package com.quillcrest.provisioning.legacy;

/**
 * Fixed orders used by the disaster-recovery runbook: when a site is rebuilt we re-order
 * the numbers behind our own IVR front door onto the new SIP peer.
 */
public final class LegacyOrderTemplates {

    /** Main fax line (numeric because the 2017 config stored it as a number). */
    public static final long FAX_LINE = 9192304402L;

    public static final String DR_IVR_ORDER = """
            <Order>
              <CustomerOrderId>dr-ivr-rebuild</CustomerOrderId>
              <SiteId>%s</SiteId>
              <PeerId>%s</PeerId>
              <ExistingTelephoneNumberOrderType>
                <TelephoneNumberList>
                  <TelephoneNumber>9192304400</TelephoneNumber>
                  <TelephoneNumber>19192304401</TelephoneNumber>
                </TelephoneNumberList>
              </ExistingTelephoneNumberOrderType>
            </Order>
            """;

    private static final String SINGLE_NUMBER_ORDER = """
            <Order>
              <CustomerOrderId>%s</CustomerOrderId>
              <SiteId>%s</SiteId>
              <ExistingTelephoneNumberOrderType>
                <TelephoneNumberList><TelephoneNumber>%d</TelephoneNumber></TelephoneNumberList>
              </ExistingTelephoneNumberOrderType>
            </Order>
            """;

    public static String drIvrOrder(String siteId, String peerId) {
        return DR_IVR_ORDER.formatted(siteId, peerId);
    }

    public static String faxLineOrder(String siteId) {
        return SINGLE_NUMBER_ORDER.formatted("dr-fax-" + System.currentTimeMillis(), siteId, FAX_LINE);
    }

    private LegacyOrderTemplates() {
    }
}
