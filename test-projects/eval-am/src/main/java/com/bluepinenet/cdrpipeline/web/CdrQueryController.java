package com.bluepinenet.cdrpipeline.web;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

import com.bluepinenet.cdrpipeline.streams.EnrichedCdr;
import com.bluepinenet.cdrpipeline.util.PhoneNumbers;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read API over the most recent enriched CDRs for the customer portal's "recent calls" page.
 * Each instance keeps the last CDRs in memory, good enough for that page.
 */
@RestController
@RequestMapping("/api/v1/cdrs")
public class CdrQueryController {

    private static final int CAPACITY = 50_000;

    private final Deque<EnrichedCdr> recent = new ConcurrentLinkedDeque<>();

    @KafkaListener(topics = "${pipeline.topics.cdr-enriched}", groupId = "cdr-portal-cache",
            properties = "value.deserializer=org.springframework.kafka.support.serializer.JsonDeserializer")
    public void onEnriched(EnrichedCdr cdr) {
        recent.addFirst(cdr);
        while (recent.size() > CAPACITY) {
            recent.pollLast();
        }
    }

    @GetMapping("/accounts/{accountId}")
    public List<EnrichedCdr> forAccount(@PathVariable String accountId,
                                        @RequestParam(defaultValue = "100") int limit) {
        List<EnrichedCdr> out = new ArrayList<>();
        for (EnrichedCdr cdr : recent) {
            if (String.valueOf(cdr.cdr().billingAccountNumber()).equals(accountId)) {
                out.add(cdr);
                if (out.size() >= limit) {
                    break;
                }
            }
        }
        return out;
    }

    @GetMapping("/by-area-code")
    public List<EnrichedCdr> byAreaCode(@RequestParam("areaCode") String areaCode,
                                        @RequestParam(defaultValue = "100") int limit) {
        return recent.stream().filter(c -> areaCode.equals(c.callingNpa())).limit(limit).toList();
    }

    @GetMapping("/numbers/{tn}")
    public List<EnrichedCdr> forNumber(@PathVariable String tn) {
        String national = PhoneNumbers.toNational(tn);
        return recent.stream().filter(c -> national.equals(PhoneNumbers.toNational(c.cdr().callingNumber())))
                .limit(500).toList();
    }
}
