package net.tidewaterconnect.numbering.inventory;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ServiceRegionRepository {

    private final JdbcClient jdbc;

    public ServiceRegionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ServiceRegion> all() {
        return jdbc.sql("select code, name, area_code, rate_center, state from service_region order by code")
                .query((rs, i) -> new ServiceRegion(rs.getString("code"), rs.getString("name"),
                        rs.getInt("area_code"), rs.getString("rate_center"), rs.getString("state")))
                .list();
    }

    public Optional<ServiceRegion> byAreaCode(int areaCode) {
        return all().stream().filter(r -> r.areaCode() == areaCode).findFirst();
    }
}
