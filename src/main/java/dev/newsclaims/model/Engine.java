package dev.newsclaims.model;

/** Which extractor produced a summary, so stored results can be re-run when it changes. */
public record Engine(String name, String version) {}
