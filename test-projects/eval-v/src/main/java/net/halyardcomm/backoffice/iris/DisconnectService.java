package net.halyardcomm.backoffice.iris;

import java.util.ArrayList;
import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrder;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderResponse;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderType;

import net.halyardcomm.backoffice.dao.TnInventoryDao;
import net.halyardcomm.backoffice.numbers.PhoneNumbers;

/** Releases numbers back to Bandwidth when a customer cancels. */
public class DisconnectService {

    /** Numbers that must never be disconnected, whatever the CRM says (NOC, E911 test line). */
    static final long[] PROTECTED = {19195550100L, 19195550199L};

    private final IrisClient client;
    private final TnInventoryDao inventory;

    public DisconnectService(IrisClient client, TnInventoryDao inventory) {
        this.client = client;
        this.inventory = inventory;
    }

    public String disconnect(List<String> telephoneNumbers, String reason) throws Exception {
        List<String> allowed = new ArrayList<String>();
        for (String tn : telephoneNumbers) {
            if (!isProtected(tn)) {
                allowed.add(tn);
            }
        }
        DisconnectTelephoneNumberOrderType type = new DisconnectTelephoneNumberOrderType();
        type.setTelephoneNumberList(allowed);
        type.setDisconnectMode("normal");
        DisconnectTelephoneNumberOrder order = new DisconnectTelephoneNumberOrder();
        order.setName("cancel-" + reason);
        order.setDisconnectTelephoneNumberOrderType(type);
        DisconnectTelephoneNumberOrderResponse response = DisconnectTelephoneNumberOrder.create(client, order);
        for (String tn : allowed) {
            inventory.updateStatus(tn, "DISCONNECTING");
        }
        return String.valueOf(response);
    }

    /** The old E911 test line that the 2019 migration left behind; released once. */
    public String releaseOldTestLine() throws Exception {
        List<String> tns = new ArrayList<String>();
        tns.add(String.valueOf(12525550111L));
        return disconnect(tns, "old-e911-test-line");
    }

    static boolean isProtected(String tn) {
        long n = Long.parseLong(PhoneNumbers.digitsOnly(tn));
        for (long p : PROTECTED) {
            if (p == n || p == 10_000_000_000L + n) {
                return true;
            }
        }
        return false;
    }
}
