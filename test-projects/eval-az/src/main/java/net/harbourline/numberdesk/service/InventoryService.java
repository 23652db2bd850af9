package net.harbourline.numberdesk.service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.bandwidth.iris.sdk.model.Tns;
import com.bandwidth.iris.sdk.model.TelephoneNumbersResponse;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import net.harbourline.numberdesk.domain.PhoneNumber;
import net.harbourline.numberdesk.domain.PhoneNumberRepository;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/** Keeps our number inventory table in step with the numbers in service on the Dashboard. */
@Stateless
public class InventoryService {

    private static final Logger LOG = Logger.getLogger(InventoryService.class.getName());

    @Inject
    IrisClient iris;

    @Inject
    PhoneNumberRepository numbers;

    public int syncAreaCode(String npa) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areacode", npa);
        query.put("size", 500);
        TNss inService = InserviceNumber.list(iris, query);
        int synced = 0;
        for (String tn : inService.getTelephoneNumbers()) {
            if (tn.length() != 10) {
                LOG.warning("Skipping unexpected number " + tn);
                continue;
            }
            PhoneNumber number = numbers.findByTn(tn).orElseGet(() -> new PhoneNumber(tn));
            number.setAreaCode(Integer.parseInt(tn.substring(0, 3)));
            number.setStatus(PhoneNumber.Status.IN_SERVICE);
            numbers.save(number);
            synced++;
        }
        LOG.info(() -> "Synced " + inService.getTotalCount() + " numbers for NPA " + npa);
        return synced;
    }

    public int countInState(String state) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("state", state);
        query.put("size", 1);
        return InserviceNumber.list(iris, query).getTotalCount();
    }

    /** Numbers of one rate center, as numeric keys for the billing reconciliation. */
    public Set<Long> rateCenterNumbers(String rateCenter, String state) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("rateCenter", rateCenter);
        query.put("state", state);
        TelephoneNumbersResponse response = Tns.list(iris, query);
        Set<Long> keys = new HashSet<>();
        for (TelephoneNumber tn : response.getTelephoneNumbers()) {
            keys.add(Long.parseLong(tn.getFullNumber()));
        }
        return keys;
    }
}
