package io.github.irismigrate.report;

import java.net.URI;
import java.net.URISyntaxException;

/** A project-relative file path as a relative URI reference: '/' separators, unsafe characters percent-encoded. */
final class ArtifactUri {

    private ArtifactUri() {
    }

    static String of(String projectRelativePath) {
        String path = projectRelativePath.replace('\\', '/');
        int slash = path.indexOf('/');
        String firstSegment = slash < 0 ? path : path.substring(0, slash);
        if (firstSegment.contains(":")) {
            path = "./" + path; // a colon in the first segment would read as a URI scheme
        }
        try {
            // the multi-argument constructor quotes what is illegal in a path (space, %, #, ?, ...);
            // toASCIIString also encodes non-ASCII characters as UTF-8 octets
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot express '" + projectRelativePath + "' as a relative URI", e);
        }
    }
}
