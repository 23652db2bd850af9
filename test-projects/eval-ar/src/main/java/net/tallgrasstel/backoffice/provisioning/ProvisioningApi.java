package net.tallgrasstel.backoffice.provisioning;

import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Single;
import okhttp3.ResponseBody;
import org.simpleframework.xml.Element;
import org.simpleframework.xml.Root;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/** SIP peer number settings through Retrofit (used by the bulk provisioning screen). */
public interface ProvisioningApi {

    @Root(name = "MessagingSettings")
    class MessagingSettingsXml {
        @Element(name = "SmsEnabled")
        public boolean smsEnabled;

        public MessagingSettingsXml() {
        }

        public MessagingSettingsXml(boolean smsEnabled) {
            this.smsEnabled = smsEnabled;
        }
    }

    @Root(name = "SipPeerTelephoneNumber")
    class SipPeerTnXml {
        @Element(name = "FullNumber")
        public String fullNumber;

        @Element(name = "CallForward", required = false)
        public String callForward;

        @Element(name = "MessagingSettings", required = false)
        public MessagingSettingsXml messagingSettings;
    }

    @GET("accounts/{accountId}/sites/{siteId}/sippeers/{peerId}/tns/{tn}")
    Single<ResponseBody> get(@Path("accountId") String accountId, @Path("siteId") String siteId,
                             @Path("peerId") String peerId, @Path("tn") String tn);

    @PUT("accounts/{accountId}/sites/{siteId}/sippeers/{peerId}/tns/{tn}")
    Completable update(@Path("accountId") String accountId, @Path("siteId") String siteId,
                       @Path("peerId") String peerId, @Path("tn") String tn, @Body SipPeerTnXml body);

    /** Bulk screen: set forwarding and SMS in one call. */
    static Completable forwardAndSms(ProvisioningApi api, String accountId, String siteId, String peerId,
                                     String tn, String forward, boolean sms) {
        SipPeerTnXml body = new SipPeerTnXml();
        body.fullNumber = tn;
        body.callForward = forward;
        body.messagingSettings = new MessagingSettingsXml(sms);
        return api.update(accountId, siteId, peerId, tn, body);
    }
}
