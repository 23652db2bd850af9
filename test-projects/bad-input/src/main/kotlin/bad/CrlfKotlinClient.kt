package bad

// Café: a BOM and CRLF line endings
class CrlfKotlinClient {
    val base = "https://dashboard.bandwidth.com/v1.0"
}
