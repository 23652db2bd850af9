package com.acme.voice.numbers;

/** A customer line in our billing system, keyed by its 10-digit number. */
public record Customer(String id, String name, String tenDigitNumber) {
}
