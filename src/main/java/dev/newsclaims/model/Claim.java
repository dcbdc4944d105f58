package dev.newsclaims.model;

/**
 * One claim. {@code text} is always exactly {@code article.substring(start, end)}.
 * {@code kind} is direct, indirect, mixed or statement (the article's own assertion, speaker null).
 */
public record Claim(
        String text,
        int start,
        int end,
        String kind,
        String speaker,
        Mention mention,
        String cue,
        double confidence) {}
