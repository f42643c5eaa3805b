package io.github.clientbudgets.web.team;

/** Reads the one path segment after a servlet's pattern ("/ACME" -> "ACME"). */
final class PathInfo {
    private PathInfo() {
    }

    static String single(String pathInfo) {
        if (pathInfo == null) {
            return null;
        }
        String segment = pathInfo.startsWith("/") ? pathInfo.substring(1) : pathInfo;
        if (segment.endsWith("/")) {
            segment = segment.substring(0, segment.length() - 1);
        }
        return segment.isEmpty() || segment.contains("/") ? null : segment;
    }
}
