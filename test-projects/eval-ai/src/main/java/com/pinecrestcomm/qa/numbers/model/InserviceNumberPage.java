package com.pinecrestcomm.qa.numbers.model;

import java.util.List;

/**
 * One page of {@code /inserviceNumbers}.
 */
public record InserviceNumberPage(int totalCount, List<String> telephoneNumbers, String nextLink) {

    public boolean hasNext() {
        return nextLink != null && !nextLink.isBlank();
    }
}
