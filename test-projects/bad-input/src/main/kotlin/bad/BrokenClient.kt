package bad

class BrokenClient {
    fun url() = "https://dashboard.bandwidth.com/api/accounts" +
