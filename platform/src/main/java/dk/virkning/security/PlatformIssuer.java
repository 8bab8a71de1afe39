package dk.virkning.security;

import java.util.function.Supplier;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The platform's own issuer: the embedded authorization server, or one external issuer. Its tokens
 * carry roles, municipality and organisation as claims; they act for the operator and for the
 * municipalities and organisations without an issuer of their own.
 *
 * @param issuer its issuer URI
 * @param decoder its decoder, made on first use (an external issuer may be down at start)
 */
record PlatformIssuer(String issuer, Supplier<JwtDecoder> decoder) {}
