<ExternalTnsOrder>
    <CustomerOrderId>${customerOrderId}</CustomerOrderId>
    <SiteId>${siteId}</SiteId>
    <SipPeerId>${sipPeerId}</SipPeerId>
    <Action>IMPORT</Action>
    <LoaType>CARRIER</LoaType>
    <TelephoneNumbers>
        <#list tns as tn>
        <TelephoneNumber>${tn}</TelephoneNumber>
        </#list>
    </TelephoneNumbers>
</ExternalTnsOrder>
