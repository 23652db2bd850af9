package net.kestrelwave.numops.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Our own sales regions, maintained by the planning team. */
public class ServiceRegionDao {

    private final Database db;

    public ServiceRegionDao(Database db) {
        this.db = db;
    }

    public record ServiceRegion(int areaCode, String region, String state) {
    }

    public Optional<ServiceRegion> find(int areaCode) throws SQLException {
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT area_code, region, state FROM service_region WHERE area_code = ?")) {
            ps.setInt(1, areaCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public List<ServiceRegion> all() throws SQLException {
        List<ServiceRegion> out = new ArrayList<>();
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT area_code, region, state FROM service_region ORDER BY area_code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(map(rs));
            }
        }
        return out;
    }

    private static ServiceRegion map(ResultSet rs) throws SQLException {
        return new ServiceRegion(rs.getInt("area_code"), rs.getString("region"), rs.getString("state"));
    }
}
