package org.newsstream.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/** Whether an {@code Authorization} header carries the write token: as the password of basic auth, or as a bearer token. */
public final class WriteToken {
    private WriteToken() {}

    public static boolean carriedBy(String authorization, String token) {
        if (authorization == null) {
            return false;
        }
        String given = null;
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = authorization.substring(7).strip();
        } else if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String userInfo = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
                given = userInfo.substring(userInfo.indexOf(':') + 1);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        // constant time, so the token cannot be guessed one character at a time
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
