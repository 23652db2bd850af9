package net.kestrelcable.provisioning.e911;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service addresses of our customers, as entered in the activation portal.
 */
@RestController
@RequestMapping("/api/customers/{customerId}/addresses")
public class CustomerAddressController {

    public record AddressRequest(String houseNumber, String street, String city, String state, String zip) {
    }

    private final GeoValidationClient geo;
    private final JdbcTemplate jdbc;

    public CustomerAddressController(GeoValidationClient geo, JdbcTemplate jdbc) {
        this.geo = geo;
        this.jdbc = jdbc;
    }

    @GetMapping
    public List<Map<String, Object>> list(@PathVariable String customerId) {
        return jdbc.queryForList("SELECT * FROM customer_address WHERE customer_id = ?", customerId);
    }

    @PostMapping
    public ResponseEntity<GeoValidationClient.ValidationResult> add(@PathVariable String customerId,
                                                                    @RequestBody AddressRequest request) {
        GeoValidationClient.ValidationResult result = geo.validate(request.houseNumber(), request.street(),
                request.city(), request.state(), request.zip());
        if (!result.valid()) {
            return ResponseEntity.unprocessableEntity().body(result);
        }
        jdbc.update("INSERT INTO customer_address (customer_id, one_line, msag_community) VALUES (?, ?, ?)",
                customerId, result.normalized(), result.msagCommunity());
        return ResponseEntity.ok(result);
    }
}
