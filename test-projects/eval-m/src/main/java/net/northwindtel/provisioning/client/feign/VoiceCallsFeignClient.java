package net.northwindtel.provisioning.client.feign;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;

/**
 * Bandwidth Voice API: used to check for live calls before a number is released.
 */
@FeignClient(name = "bandwidth-voice", url = "${bandwidth.voice.base-url:https://voice.bandwidth.com/api/v2}")
public interface VoiceCallsFeignClient {

    @GetMapping("/accounts/{accountId}/calls")
    List<Map<String, Object>> activeCalls(@PathVariable("accountId") String accountId,
                                          @RequestParam("to") String toE164,
                                          @RequestParam(value = "pageSize", defaultValue = "100") int pageSize);

    @GetMapping("/accounts/{accountId}/calls/{callId}")
    Map<String, Object> call(@PathVariable("accountId") String accountId, @PathVariable("callId") String callId);
}
