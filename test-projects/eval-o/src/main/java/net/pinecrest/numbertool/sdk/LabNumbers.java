package net.pinecrest.numbertool.sdk;

import java.util.List;

/**
 * Numbers parked on the lab SIP peer in the Richmond central office. The nightly smoke run and the
 * sandbox port-in rehearsal use them; nobody else may assign them.
 */
public final class LabNumbers {

    public static final String PRIMARY = "8045550100";
    public static final String SECONDARY = "8045550101";

    /** Call-forward target of the lab numbers: the NOC bridge. */
    public static final String NOC_BRIDGE = "8045550000";

    /** Port-in rehearsal numbers, owned by the lab PBX at the Farmville exchange. */
    public static final List<String> PORT_REHEARSAL = List.of(
            "4345550170",
            "4345550171");

    public static final String PORT_REHEARSAL_BTN = "4345550170";

    /** Old fax lines of the Staunton office, to be released after the move. */
    public static final long[] STAUNTON_FAX_LINES = {5405550190L, 5405550191L};

    private LabNumbers() {
    }
}
