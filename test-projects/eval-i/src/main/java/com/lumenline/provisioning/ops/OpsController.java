package com.lumenline.provisioning.ops;

import java.util.Map;

import com.lumenline.provisioning.dashboard.DashboardHealthProbe;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal ops endpoints (behind the VPN; not routed by the public gateway).
 */
@RestController
@RequestMapping("/internal/ops")
public class OpsController {

    private final DashboardEndpointCatalog catalog;
    private final DashboardHealthProbe probe;

    public OpsController(DashboardEndpointCatalog catalog, DashboardHealthProbe probe) {
        this.catalog = catalog;
        this.probe = probe;
    }

    @GetMapping("/endpoints")
    public Map<String, Map<String, String>> endpoints() {
        return catalog.all();
    }

    @GetMapping("/dashboard-health")
    public Map<String, Object> health() {
        return Map.of("healthy", probe.isHealthy());
    }
}
