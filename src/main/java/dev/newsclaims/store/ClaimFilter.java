package dev.newsclaims.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which of a speaker's claims a caller asks for: articles stored from {@code since} to {@code until}
 * (inclusive; a date covers the whole UTC day) and claims of the given acts and kinds (empty: any), scored at
 * least {@code minCheckworthiness} (0: any; a claim stored before claims were scored has none and is left out by a
 * minimum above 0). The dates bound the index's sort key ({@code createdAt#id}), so they cost nothing to apply.
 */
public record ClaimFilter(String fromKey, String toKey, Set<String> acts, Set<String> kinds, double minCheckworthiness) {

    public static final ClaimFilter NONE = new ClaimFilter(null, null, Set.of(), Set.of(), 0);
    static final Set<String> ACTS = Set.of("speech", "thought");
    static final Set<String> KINDS = Set.of("direct", "indirect", "mixed");
    private static final DateTimeFormatter STORED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** A parameter that does not parse; {@code parameter} names it. */
    public static final class InvalidFilterException extends IllegalArgumentException {
        private final String parameter;

        InvalidFilterException(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    /** Parses the query parameters (each may be null); throws {@link InvalidFilterException} for a bad one. */
    public static ClaimFilter parse(String since, String until, String act, String kind) {
        return parse(since, until, act, kind, null);
    }

    /** The same, with {@code minCheckworthiness}: a number from 0 to 1. */
    public static ClaimFilter parse(String since, String until, String act, String kind, String minCheckworthiness) {
        String from = since == null ? null : bound("since", since, false);
        String to = until == null ? null : bound("until", until, true);
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new InvalidFilterException("since", "since must not be after until.");
        }
        return new ClaimFilter(from, to, values("act", act, ACTS), values("kind", kind, KINDS),
                probability("minCheckworthiness", minCheckworthiness));
    }

    boolean filtersClaims() {
        return !acts.isEmpty() || !kinds.isEmpty() || minCheckworthiness > 0;
    }

    /** Whether a sort key lies within the date range (a cursor from another range does not). */
    boolean contains(String sortKey) {
        return (fromKey == null || sortKey.compareTo(fromKey) >= 0) && (toKey == null || sortKey.compareTo(toKey) <= 0);
    }

    /** A claim written before claims had an act counts as speech, as the scorer reads it. */
    boolean accepts(String act, String kind) {
        return (acts.isEmpty() || acts.contains(act == null ? "speech" : act)) && (kinds.isEmpty() || kinds.contains(kind));
    }

    boolean accepts(String act, String kind, double checkworthiness) {
        return accepts(act, kind) && checkworthiness >= minCheckworthiness;
    }

    private static double probability(String parameter, String value) {
        if (value == null) {
            return 0;
        }
        String v = value.trim();
        try {
            double p = v.length() > 20 ? Double.NaN : Double.parseDouble(v);
            if (p >= 0 && p <= 1) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidFilterException(parameter, parameter + " must be a number from 0 to 1.");
    }

    /**
     * A date (2026-12-02) or an instant with a zone (2026-12-02T09:30:00Z, …+01:00) as a sort-key bound:
     * a date's lower bound is its first moment, its upper bound sorts after every key of that day.
     */
    private static String bound(String parameter, String value, boolean upper) {
        String v = value.trim();
        if (v.length() > 40) {
            throw invalidDate(parameter);
        }
        try {
            if (v.length() == 10) {
                LocalDate date = LocalDate.parse(v);
                if (date.getYear() < 1970 || date.getYear() > 9999) {
                    throw invalidDate(parameter);
                }
                return upper ? date + "~" : date.toString();
            }
            Instant instant = OffsetDateTime.parse(v).toInstant();
            if (instant.isBefore(Instant.EPOCH) || instant.isAfter(Instant.parse("9999-12-31T23:59:59Z"))) {
                throw invalidDate(parameter);
            }
            String stored = STORED.format(instant);
            return upper ? stored + "#~" : stored;
        } catch (DateTimeParseException e) {
            throw invalidDate(parameter);
        }
    }

    private static InvalidFilterException invalidDate(String parameter) {
        return new InvalidFilterException(parameter, parameter
                + " must be a date (2026-12-02) or a date and time with a zone (2026-12-02T09:30:00Z).");
    }

    private static Set<String> values(String parameter, String value, Set<String> allowed) {
        if (value == null) {
            return Set.of();
        }
        Set<String> chosen = new TreeSet<>();
        for (String v : value.split(",", -1)) {
            String one = v.trim().toLowerCase(Locale.ROOT);
            if (!allowed.contains(one)) {
                throw new InvalidFilterException(parameter, parameter + " must be one or more of "
                        + String.join(", ", new TreeSet<>(allowed)) + ", separated by commas.");
            }
            chosen.add(one);
        }
        return Set.copyOf(chosen);
    }
}
