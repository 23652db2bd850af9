package net.northvale.voice.provisioning.api.dto;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** What our own REST API returns for a number assigned to a customer line. */
@JsonbPropertyOrder({"tn", "areaCode", "billingAccount", "status"})
public record NumberAssignment(
        @JsonbProperty("tn") String tn,
        @JsonbProperty("areaCode") String areaCode,
        @JsonbProperty("billingAccount") String billingAccount,
        @JsonbProperty("status") String status) {
}
