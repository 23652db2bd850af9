package bad;

public class CrlfClient {
    static final String BASE = "https://dashboard.bandwidth.com/v1.0";
}
