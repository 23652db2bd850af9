<#-- Hosted messaging import, POSTed to /accounts/{accountId}/importTnOrders -->
<ImportTnOrder>
    <CustomerOrderId>${customerOrderId}</CustomerOrderId>
    <SiteId>${siteId}</SiteId>
    <SipPeerId>${sipPeerId}</SipPeerId>
    <LoaAuthorizingPerson>Harborlight Provisioning</LoaAuthorizingPerson>
    <LoaType>CARRIER</LoaType>
    <TelephoneNumbers>
        <#list tns as tn>
        <TelephoneNumber>${tn}</TelephoneNumber>
        </#list>
    </TelephoneNumbers>
</ImportTnOrder>
