/**
 * The identity providers of municipalities and organisations: the operator registers each one's
 * OpenID Connect issuer and how its tokens map to Virkning; the resource server ({@code
 * dk.virkning.security}) consults the registry for every token through {@code IssuerDirectory}.
 */
package dk.virkning.identity;
