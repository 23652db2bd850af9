package net.prairiewave.numbering.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import net.prairiewave.numbering.inventory.TelephoneNumberRecord;

import java.util.Collection;

/** JSON-P views of inventory records for the provisioning UI. */
public final class JsonViews {

    /** Sentinel used by the UI for "no limit". */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    private JsonViews() {
    }

    public static JsonArray records(Collection<TelephoneNumberRecord> records) {
        JsonArrayBuilder arr = Json.createArrayBuilder();
        for (TelephoneNumberRecord r : records) {
            arr.add(record(r));
        }
        return arr.build();
    }

    static JsonObjectBuilder record(TelephoneNumberRecord r) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("number", r.number())
                .add("display", r.display())
                .add("areaCode", r.areaCode())
                .add("status", r.status())
                .add("smsEnabled", r.smsEnabled())
                .add("lastSynced", r.lastSynced().getEpochSecond());
        if (r.e911AddressId() != null) {
            b.add("e911AddressId", r.e911AddressId());
        }
        return b;
    }

    /** Example record shown on the UI's help page. */
    public static JsonObjectBuilder example() {
        return Json.createObjectBuilder()
                .add("number", "6055550100")
                .add("display", "(605) 555-0100")
                .add("areaCode", 605)
                .add("lastSynced", 1717171717L)
                .add("limit", UNLIMITED);
    }
}
