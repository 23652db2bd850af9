package net.tidewatertel.numbering.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import net.tidewatertel.numbering.config.BandwidthPlatformProperties;
import net.tidewatertel.numbering.support.CorrelationIds;
import net.tidewatertel.numbering.support.PhoneNumbers;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** The non-Dashboard Bandwidth products: messaging, MFA, lookup. */
class PlatformClientsTest {

    @Test
    void messagingUrlIsPerUser() {
        assertEquals("https://messaging.bandwidth.com/api/v2/users/9900871/messages",
                SmsNotifier.messagesUrl("9900871"));
    }

    @Test
    void lookupUrlIsV2() {
        assertEquals("https://api.bandwidth.com/v2/accounts/9900871/phoneNumberLookup",
                NumberLookupClient.lookupUrl("9900871"));
    }

    @Test
    void mfaCodeGoesOutInE164() {
        BandwidthPlatformProperties platform = new BandwidthPlatformProperties();
        platform.setPlatformAccountId("9900871");
        platform.setMessagingApplicationId("app-1");
        platform.setUsername("u");
        platform.setPassword("p");
        RestClient.Builder builder = RestClient.builder();
        MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
        MfaVerificationClient mfa = new MfaVerificationClient(builder, platform);

        server.expect(requestTo("https://mfa.bandwidth.com/api/v1/accounts/9900871/code/sms"))
                .andExpect(jsonPath("$.to").value("+17575550188"))
                .andRespond(withSuccess());

        mfa.sendCode("(757) 555-0188");
        server.verify();
    }

    @Test
    void numberHelpers() {
        assertEquals("(757) 555-0100", PhoneNumbers.display("7575550100"));
        assertEquals("+17575550100", PhoneNumbers.toE164("757-555-0100"));
        assertTrue(CorrelationIds.fitsBilling(Integer.MAX_VALUE));
    }
}
