<#-- Nightly canary order for the Raleigh lab numbers (see CanaryNumbers). -->
<Order>
    <CustomerOrderId>${customerOrderId}</CustomerOrderId>
    <SiteId>${siteId}</SiteId>
    <PartialAllowed>false</PartialAllowed>
    <ExistingTelephoneNumberOrderType>
        <TelephoneNumberList>
            <TelephoneNumber>9192149911</TelephoneNumber>
            <TelephoneNumber>9192149912</TelephoneNumber>
        </TelephoneNumberList>
    </ExistingTelephoneNumberOrderType>
</Order>
