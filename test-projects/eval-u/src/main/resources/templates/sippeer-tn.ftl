<SipPeerTelephoneNumber>
    <FullNumber>${tn}</FullNumber>
    <#if callForward?has_content>
    <CallForward>${callForward}</CallForward>
    </#if>
    <#if rpidFormat?has_content>
    <RPIDFormat>${rpidFormat}</RPIDFormat>
    </#if>
    <#if smsEnabled??>
    <MessagingSettings>
        <SmsEnabled>${smsEnabled?c}</SmsEnabled>
    </MessagingSettings>
    </#if>
</SipPeerTelephoneNumber>
