package dev.ztmm.model;

import java.util.Locale;

/** The four maturity stages, from the floor every repository starts at to the top. */
public enum Stage {
    AD_HOC(1, "Ad-Hoc"),
    OPPORTUNISTIC(2, "Opportunistic"),
    SYSTEMATIC(3, "Systematic"),
    OPTIMIZED(4, "Optimized");

    private final int number;
    private final String title;

    Stage(int number, String title) {
        this.number = number;
        this.title = title;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    /** Returns the stage with this number, or null when it is outside 1 to 4. */
    public static Stage ofNumber(long number) {
        for (Stage stage : values()) {
            if (stage.number == number) {
                return stage;
            }
        }
        return null;
    }

    /**
     * Parses a stage name or number: "adhoc", "ad-hoc", "opportunistic", "systematic",
     * "optimized" in any case, or "1" to "4". Returns null when the text is none of these.
     */
    public static Stage parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (Stage stage : values()) {
            String name = stage.title.toLowerCase(Locale.ROOT).replace("-", "");
            if (name.equals(key) || String.valueOf(stage.number).equals(key)) {
                return stage;
            }
        }
        return null;
    }

    public Stage next() {
        return this == OPTIMIZED ? null : values()[ordinal() + 1];
    }
}
