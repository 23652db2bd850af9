package com.harborline.porting.data;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
public interface PortedNumberRepository extends CrudRepository<PortedNumber, Long> {

    Optional<PortedNumber> findByTn(String tn);

    Optional<PortedNumber> findByE164(String e164);

    List<PortedNumber> findByCustomerId(String customerId);
}
