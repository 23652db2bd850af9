package net.kestrelwave.numops.hosted;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import net.kestrelwave.numops.dashboard.model.ImportTnOrder;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Compares what we submitted for hosted messaging with what the Dashboard accepted. */
public class ImportOrderReconciler {

    private final IrisClient client;

    public ImportOrderReconciler(IrisClient client) {
        this.client = client;
    }

    public List<String> missingNumbers(String orderId, ImportTnOrder submitted) throws Exception {
        com.bandwidth.iris.sdk.model.ImportTnOrder remote = com.bandwidth.iris.sdk.model.ImportTnOrder.Get(client, orderId);
        Set<String> accepted = remote.getTelephoneNumberList().stream()
                .map(TelephoneNumber::getFullNumber)
                .collect(Collectors.toSet());
        return submitted.getTelephoneNumbers().stream()
                .filter(n -> !accepted.contains(n))
                .toList();
    }

    public ImportTnOrder resubmission(String orderId, ImportTnOrder submitted, List<String> missing) {
        return ImportTnOrder.forNumbers(orderId + "-R", missing)
                .onSite(submitted.getSiteId(), submitted.getSipPeerId())
                .authorizedBy(submitted.getLoaAuthorizingPerson());
    }
}
