package net.tidewaterconnect.numbering.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Service addresses of our own customer accounts, as shown in the self-care portal. */
@RestController
@RequestMapping("/api/accounts/{accountId}/addresses")
public class CustomerAddressController {

    private final JdbcClient jdbc;

    public CustomerAddressController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    public List<CustomerAddress> list(@PathVariable String accountId) {
        return jdbc.sql("select id, street, city, state, zip from customer_address where account_id = :id")
                .param("id", accountId)
                .query(CustomerAddress.class)
                .list();
    }

    @GetMapping("/{addressId}")
    public CustomerAddress get(@PathVariable String accountId, @PathVariable long addressId) {
        return jdbc.sql("select id, street, city, state, zip from customer_address where account_id = :a and id = :id")
                .param("a", accountId)
                .param("id", addressId)
                .query(CustomerAddress.class)
                .single();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public void add(@PathVariable String accountId, @RequestBody CustomerAddress address) {
        jdbc.sql("insert into customer_address (account_id, street, city, state, zip) values (:a, :s, :c, :st, :z)")
                .param("a", accountId)
                .param("s", address.street())
                .param("c", address.city())
                .param("st", address.state())
                .param("z", address.zip())
                .update();
    }

    public record CustomerAddress(Long id, String street, String city, String state, String zip) {
    }
}
