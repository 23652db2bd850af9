package bad;

public class Broken {
    String url = "https://dashboard.bandwidth.com/api/accounts/1/addresses"
    void missingSemicolonAbove( {
}
