package dev.newsclaims.model;

/** Where, for one claim, the speaker is named or referred to ("he", "the Secretary General"). */
public record Mention(String text, int start, int end) {}
