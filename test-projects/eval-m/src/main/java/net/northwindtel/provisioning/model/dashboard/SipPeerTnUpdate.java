package net.northwindtel.provisioning.model.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * Body of {@code PUT /sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}}.
 */
@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JacksonXmlRootElement(localName = "SipPeerTelephoneNumber")
public class SipPeerTnUpdate {

    @JacksonXmlProperty(localName = "FullNumber")
    private String fullNumber;

    @JacksonXmlProperty(localName = "CallForward")
    private String callForward;

    @JacksonXmlProperty(localName = "RPIDFormat")
    private String rpidFormat;

    @JacksonXmlProperty(localName = "RewriteUser")
    private String rewriteUser;

    @JacksonXmlProperty(localName = "MessagingSettings")
    private MessagingSettings messagingSettings;

    @Data
    @NoArgsConstructor
    @AllArgsConstructor
    public static class MessagingSettings {
        @JacksonXmlProperty(localName = "SmsEnabled")
        private boolean smsEnabled;
    }
}
