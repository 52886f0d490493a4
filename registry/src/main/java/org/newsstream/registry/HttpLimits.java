package org.newsstream.registry;

/**
 * Limits for the JDK's HTTP server, which the registry and HTTP ingest both run on: a client that takes longer than
 * {@link #MAX_EXCHANGE_SECONDS} to send its request, or to take the response, is cut off, so a few stalled clients
 * cannot hold the handler threads. The JDK reads these once, when its first server starts; a value the user set wins.
 */
public final class HttpLimits {
    public static final long MAX_EXCHANGE_SECONDS = 30;
    /** Handler threads per server: more than a handful of stalled clients can hold. */
    public static final int THREADS = 32;

    private HttpLimits() {}

    public static void apply() {
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(MAX_EXCHANGE_SECONDS));
        }
        if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
            System.setProperty("sun.net.httpserver.maxRspTime", String.valueOf(MAX_EXCHANGE_SECONDS));
        }
    }
}
