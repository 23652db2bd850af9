package bad;

public class ReadOnlyClient {
    static final String BASE = "https://dashboard.bandwidth.com/api";
}
