package dev.newsclaims.language;

/** The kinds of names the name finder marks. */
public enum NameType {
    PERSON("person"), ORGANIZATION("organization"), PLACE("place"), OTHER("other");

    private static final NameType[] VALUES = values();

    private final String label;

    NameType(String label) {
        this.label = label;
    }

    /** The lower-case label used in JSON output: person, organization, place, other. */
    public String label() {
        return label;
    }

    /** The type of an ordinal, or null for a negative one (no name). */
    public static NameType ofOrdinal(int ordinal) {
        return ordinal < 0 ? null : VALUES[ordinal];
    }
}
