package net.lumivox.numbering.config;

public final class BaseUrls {

    private BaseUrls() {
    }

    /** Removes trailing slashes so that paths can be appended with a leading one. */
    public static String normalize(String url) {
        String trimmed = url.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    public static String join(String base, String path) {
        return normalize(base) + (path.startsWith("/") ? path : "/" + path);
    }
}
