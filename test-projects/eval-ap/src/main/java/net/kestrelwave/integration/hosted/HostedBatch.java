package net.kestrelwave.integration.hosted;

import java.util.List;

/**
 * Numbers a customer keeps with their voice carrier but wants us to text-enable.
 */
public record HostedBatch(String orderRef, String loaSigner, List<String> numbers) {
}
