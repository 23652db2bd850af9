package net.lumivox.numbering.persistence;

import org.jdbi.v3.core.Jdbi;

/**
 * Inbound routes of the SBC (the dialplan table of the Kamailio cluster), keyed by the number as the
 * carrier presents it in the request URI.
 */
public class SipRoutingTable {

    private final Jdbi jdbi;

    public SipRoutingTable(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void addRoute(String calledNumber, String trunk) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "insert into dialplan (match_exp, attrs) values (:number, :trunk)")
                .bind("number", "^" + calledNumber + "$")
                .bind("trunk", trunk)
                .execute());
    }

    public int removeRoute(String calledNumber) {
        return jdbi.withHandle(handle -> handle.createUpdate("delete from dialplan where match_exp = :number")
                .bind("number", "^" + calledNumber + "$")
                .execute());
    }
}
