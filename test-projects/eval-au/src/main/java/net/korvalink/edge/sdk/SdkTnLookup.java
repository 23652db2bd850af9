package net.korvalink.edge.sdk;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.TelephoneNumbersResponse;
import com.bandwidth.iris.sdk.model.Tns;

/** Lookups of single numbers and of the account's number list. */
@Component
public class SdkTnLookup {

    private final IrisClient client;

    public SdkTnLookup(IrisClient client) {
        this.client = client;
    }

    public TelephoneNumberDetails details(String tn) throws Exception {
        return Tns.getTnDetails(client, tn);
    }

    public String areaCodeOf(String tn) throws Exception {
        TelephoneNumberDetails details = details(tn);
        return details.getFullNumber().substring(0, 3);
    }

    public SortedSet<Long> numbersInRateCenter(String rateCenter) throws Exception {
        TelephoneNumbersResponse response = Tns.list(client, Map.of("rateCenter", rateCenter, "size", 500));
        return response.getTelephoneNumbers().stream()
                .map(TelephoneNumber::getFullNumber)
                .map(Long::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public String status(String tn) throws Exception {
        return Tns.checkStatus(client, tn).getStatus();
    }
}
