package com.harborline.numbering.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DashboardHealthCheckTest {

    @Test
    void canaryIsTheNocTestLine() {
        // The NOC test line is documented in the runbook as (919) 555-0147.
        assertEquals(10, DashboardHealthCheck.CANARY_TN.length());
    }
}
