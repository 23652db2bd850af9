package io.kestrelvoice.numbering.dashboard.model;

/**
 * An NPA-NXX block returned by availableNpaNxx, used to pick exchanges with stock.
 */
public record NpaNxxBlock(int areaCode, String exchange, String city, int quantity) {

    public String prefix() {
        return areaCode + exchange;
    }
}
