package bad;

/** Café des numéros: written in ISO-8859-1. */
public class Latin1Client {
    String url(String id) {
        return "https://dashboard.bandwidth.com/api/accounts/" + id + "/addresses";
    }
}
