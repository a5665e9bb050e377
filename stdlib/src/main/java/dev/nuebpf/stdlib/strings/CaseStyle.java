package dev.nuebpf.stdlib.strings;

import java.util.List;

/** How each case-style command joins and capitalizes the {@link Words} of a string. */
public enum CaseStyle {
    CAMEL("camel-case", "camelCase", "thisIsTheFirstCase"),
    PASCAL("pascal-case", "PascalCase", "ThisIsTheFirstCase"),
    SNAKE("snake-case", "snake_case", "this_is_the_first_case"),
    KEBAB("kebab-case", "kebab-case", "this-is-the-first-case"),
    SCREAMING_SNAKE("screaming-snake-case", "SCREAMING_SNAKE_CASE", "THIS_IS_THE_FIRST_CASE"),
    TITLE("title-case", "Title Case", "This Is The First Case");

    final String id, label, expectedFirstCase;

    CaseStyle(String id, String label, String expectedFirstCase) {
        this.id = id;
        this.label = label;
        this.expectedFirstCase = expectedFirstCase;
    }

    String apply(String s) {
        List<String> words = Words.split(s);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            switch (this) {
                case CAMEL -> sb.append(i == 0 ? Words.lower(w) : Words.title(w));
                case PASCAL -> sb.append(Words.title(w));
                case SNAKE -> sb.append(i > 0 ? "_" : "").append(Words.lower(w));
                case KEBAB -> sb.append(i > 0 ? "-" : "").append(Words.lower(w));
                case SCREAMING_SNAKE -> sb.append(i > 0 ? "_" : "").append(Words.upper(w));
                case TITLE -> sb.append(i > 0 ? " " : "").append(Words.title(w));
            }
        }
        return sb.toString();
    }
}
