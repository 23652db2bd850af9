package net.cedarline.numberdesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

/** Local copy of our number inventory (H2). */
public class NumberStore {

    private final NumberDao dao;

    public NumberStore(Jdbi jdbi) {
        this.dao = jdbi.onDemand(NumberDao.class);
    }

    public Optional<NumberRecord> findByTn(String tn) {
        return dao.findByTn(tn);
    }

    public void upsert(NumberRecord record) {
        dao.upsert(record);
    }

    public List<NumberRecord> all() {
        return dao.all();
    }

    public List<NumberRecord> inAreaCode(int areaCode) {
        return dao.findByAreaCode(areaCode);
    }

    public boolean setStatus(String tn, String status) {
        return dao.updateStatus(tn, status) == 1;
    }

    public int markMissingExcept(List<String> seen) {
        if (seen.isEmpty()) {
            return 0;
        }
        return dao.markMissingExcept(new ArrayList<>(seen));
    }
}
