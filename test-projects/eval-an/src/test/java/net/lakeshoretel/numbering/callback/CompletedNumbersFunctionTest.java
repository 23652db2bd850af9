package net.lakeshoretel.numbering.callback;

import net.lakeshoretel.numbering.callback.CompletedNumbersFunction.Confirmation;
import net.lakeshoretel.numbering.callback.CompletedNumbersFunction.PendingActivation;
import net.lakeshoretel.numbering.callback.CompletedNumbersFunction.PendingActivationStore;
import org.apache.flink.configuration.Configuration;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompletedNumbersFunctionTest {

    /** In-memory store, shared through a static field because the factory must be serializable. */
    static final Map<String, PendingActivation> PENDING = new HashMap<>();
    static final Set<String> CONFIRMED = new HashSet<>();

    static class MapStore implements PendingActivationStore {
        @Override
        public Optional<PendingActivation> findByTenDigitTn(String tn) {
            return Optional.ofNullable(PENDING.get(tn));
        }

        @Override
        public void markConfirmed(String tn) {
            CONFIRMED.add(tn);
        }
    }

    @Test
    void confirmsPendingActivations() throws Exception {
        PENDING.clear();
        CONFIRMED.clear();
        PENDING.put("6165550142", new PendingActivation("ACT-88123", "6165550142", "4105550188"));

        CompletedNumbersFunction function = new CompletedNumbersFunction(MapStore::new);
        function.open(new Configuration());
        List<Confirmation> out = new ArrayList<>();
        function.flatMap(new NotificationParser().parse(NotificationParserTest.completeOrder()),
                NotificationParserTest.collector(out));

        assertEquals(1, out.size());
        assertEquals("ACT-88123", out.get(0).activationId());
        assertEquals("16165550142", out.get(0).tn());
        assertTrue(CONFIRMED.contains("6165550142"));
    }
}
