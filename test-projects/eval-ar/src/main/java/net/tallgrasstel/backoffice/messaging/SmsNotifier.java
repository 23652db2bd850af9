package net.tallgrasstel.backoffice.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.util.List;
import net.tallgrasstel.backoffice.common.PhoneNumbers;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.adapter.rxjava3.RxJava3CallAdapterFactory;
import retrofit2.converter.jackson.JacksonConverterFactory;

/** Texts customers about their port: FOC date confirmed, port complete. */
public class SmsNotifier {

    private final BandwidthMessagingApi api;
    private final String accountId;
    private final String applicationId;
    private final String from;
    private final String supportNumber;

    public SmsNotifier(OkHttpClient http, String accountId, String applicationId, String from, String supportNumber) {
        this.api = new Retrofit.Builder()
                .baseUrl(BandwidthMessagingApi.BASE_URL)
                .client(http)
                .addConverterFactory(JacksonConverterFactory.create(new ObjectMapper()))
                .addCallAdapterFactory(RxJava3CallAdapterFactory.createWithScheduler(Schedulers.io()))
                .build()
                .create(BandwidthMessagingApi.class);
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.from = from;
        this.supportNumber = supportNumber;
    }

    /** @param crmContactNumber the contact number from the CRM, ten digits */
    public Completable focConfirmed(String crmContactNumber, String focDate) {
        String text = "Tallgrass: your number transfer is scheduled for " + focDate
                + ". Questions? Call " + PhoneNumbers.format(supportNumber) + ".";
        return send(PhoneNumbers.crmToE164(crmContactNumber), text, "foc");
    }

    public Completable portComplete(String crmContactNumber) {
        return send("+1" + crmContactNumber, "Tallgrass: your numbers are now live with us. Reply STOP to opt out.",
                "port-complete");
    }

    public Completable pageOps(String opsPager, String text) {
        return send(opsPager, text, "ops");
    }

    private Completable send(String to, String text, String tag) {
        return api.send(accountId, new BandwidthMessagingApi.MessageRequest(applicationId, List.of(to), from, text, tag))
                .ignoreElement();
    }
}
