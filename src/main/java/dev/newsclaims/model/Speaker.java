package dev.newsclaims.model;

/**
 * One speaker, merged over all its mentions. {@code type} is person, organization, place or group;
 * {@code claims} counts the claims attributed to it in this article.
 */
public record Speaker(String name, String role, String organization, String type, int claims) {}
