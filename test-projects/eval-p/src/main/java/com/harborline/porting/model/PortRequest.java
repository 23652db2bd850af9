package com.harborline.porting.model;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Port-in request as submitted by our self-care portal (not a Dashboard payload).
 */
@Serdeable
public record PortRequest(String customerId, String areaCode, List<String> numbers, boolean enableSms) {
}
