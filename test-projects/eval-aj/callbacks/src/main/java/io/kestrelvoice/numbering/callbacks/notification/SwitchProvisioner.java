package io.kestrelvoice.numbering.callbacks.notification;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds subscribers to our class-5 switches (stubbed: the real call goes over the switch's
 * provisioning socket).
 */
@Component
public class SwitchProvisioner {

    private static final Logger log = LoggerFactory.getLogger(SwitchProvisioner.class);

    private static final String DEFAULT_SWITCH = "rdu-sw1";

    /** Which class-5 switch serves which area code. */
    private static final Map<Integer, String> SWITCH_BY_AREA_CODE = Map.of(
            919, "rdu-sw1",
            984, "rdu-sw1",
            336, "gso-sw1",
            704, "clt-sw2",
            980, "clt-sw2");

    public void addSubscriber(String sipUser, String customerId) {
        log.info("adding {} for customer {} on {}", sipUser, customerId, DEFAULT_SWITCH);
    }

    public void addSubscriber(String sipUser, String customerId, int areaCode) {
        log.info("adding {} for customer {} on {}", sipUser, customerId, SWITCH_BY_AREA_CODE.getOrDefault(areaCode, DEFAULT_SWITCH));
    }
}
