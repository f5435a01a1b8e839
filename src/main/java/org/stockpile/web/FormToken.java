package org.stockpile.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The token every page form sends back, so that another site cannot make a signed-in browser post to the pages
 * (cross-site request forgery). It is kept in a cookie and repeated in the form or in a header (double submit), and
 * it is signed for the person it was given to, so that a token planted from elsewhere, or one given to somebody
 * else, is refused.
 */
@ApplicationScoped
public class FormToken {

    public static final String COOKIE = "stockpile-form";
    public static final String FIELD = "csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final int NONCE_BYTES = 18;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    FormToken(@ConfigProperty(name = "stockpile.web.form-key") Optional<String> configuredKey) {
        byte[] secret = configuredKey.filter(k -> !k.isBlank()).map(k -> k.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    // Without a configured key, tokens are valid until the next start: pages open across a restart
                    // are simply loaded again.
                    byte[] generated = new byte[32];
                    random.nextBytes(generated);
                    return generated;
                });
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** A new token for {@code person}. */
    public String issue(String person) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        String encodedNonce = ENCODER.encodeToString(nonce);
        return encodedNonce + "." + sign(person, encodedNonce);
    }

    /** Whether {@code token} was issued by this service to {@code person}. */
    public boolean isValidFor(String person, String token) {
        if (token == null || token.length() > 200) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        byte[] expected = sign(person, token.substring(0, dot)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether {@code sent} (from the form or header) is the cookie's token, and that token is {@code person}'s. */
    public boolean matches(String person, String cookie, String sent) {
        return cookie != null && sent != null
                && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))
                && isValidFor(person, cookie);
    }

    private String sign(String person, String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return ENCODER.encodeToString(mac.doFinal((person + "\n" + nonce).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
        }
    }
}
