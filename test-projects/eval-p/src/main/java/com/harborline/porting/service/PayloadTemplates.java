package com.harborline.porting.service;

/**
 * XML bodies for the Dashboard calls that we still assemble by hand.
 */
public final class PayloadTemplates {

    public static final String EXISTING_TN_ORDER = """
            <Order>
              <CustomerOrderId>%s</CustomerOrderId>
              <SiteId>%s</SiteId>
              <PartialAllowed>false</PartialAllowed>
              <ExistingTelephoneNumberOrderType>
                <TelephoneNumberList>
            %s    </TelephoneNumberList>
              </ExistingTelephoneNumberOrderType>
            </Order>
            """;

    public static final String AREA_CODE_ORDER = """
            <Order>
              <CustomerOrderId>%s</CustomerOrderId>
              <SiteId>%s</SiteId>
              <AreaCodeSearchAndOrderType>
                <AreaCode>%s</AreaCode>
                <Quantity>%d</Quantity>
              </AreaCodeSearchAndOrderType>
            </Order>
            """;

    public static final String LNP_ORDER = """
            <LnpOrder>
              <CustomerOrderId>%s</CustomerOrderId>
              <BillingTelephoneNumber>7045550142</BillingTelephoneNumber>
              <SiteId>%s</SiteId>
              <ListOfPhoneNumbers>
            %s  </ListOfPhoneNumbers>
            </LnpOrder>
            """;

    public static final String SIPPEER_TN_MESSAGING = """
            <SipPeerTelephoneNumber>
              <FullNumber>%s</FullNumber>
              <MessagingSettings>
                <SmsEnabled>%s</SmsEnabled>
              </MessagingSettings>
            </SipPeerTelephoneNumber>
            """;

    public static final String SIPPEER_TN_CALL_FORWARD = """
            <SipPeerTelephoneNumber>
              <FullNumber>%s</FullNumber>
              <CallForward>%s</CallForward>
            </SipPeerTelephoneNumber>
            """;

    public static final String TN_OPTION_SMS = """
            <TnOptionOrder>
              <CustomerOrderId>%s</CustomerOrderId>
              <TnOptionGroups>
                <TnOptionGroup>
                  <Sms>%s</Sms>
                  <TelephoneNumbers>
            %s      </TelephoneNumbers>
                </TnOptionGroup>
              </TnOptionGroups>
            </TnOptionOrder>
            """;

    private PayloadTemplates() {
    }

    public static String telephoneNumberElements(Iterable<String> numbers, String indent) {
        StringBuilder sb = new StringBuilder();
        for (String tn : numbers) {
            sb.append(indent).append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>\n");
        }
        return sb.toString();
    }
}
