package net.harborlinecarrier.tnvault.core;

/** One exchange with spare numbers, as shown on the "pick a prefix" screen. */
public record NpaNxxAvailability(int npa, String nxx, String city, int quantity) {

    public String prefix() {
        return npa + "-" + nxx;
    }
}
