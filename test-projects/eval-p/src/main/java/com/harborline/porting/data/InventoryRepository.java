package com.harborline.porting.data;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
public interface InventoryRepository extends CrudRepository<InventoryNumber, Long> {

    List<InventoryNumber> findByAreaCode(int areaCode);

    void deleteByLastSeenBefore(Instant cutoff);
}
