package uk.safeguarding.reviews.themes.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.figures.FigureKeys;

/**
 * The rule for changing the taxonomy: the business manager lists the themes in use, one to a line.
 * A theme is known by its code, made from its name ("Child criminal exploitation" is
 * {@code child-criminal-exploitation}), so the same name, however it is capitalised or punctuated, is
 * the same theme; a theme listed again after retirement comes back with its old tags. A theme left
 * out is retired, never deleted: the records tagged with it keep its name. Renaming a theme is
 * retiring one and adding another, so what was tagged before stays as it was tagged.
 */
public final class Taxonomy {

    private Taxonomy() {
    }

    /** What a new version changes. */
    public record Revision(List<Theme> added, List<Theme> retired, List<Theme> revived) {

        public boolean changesNothing() {
            return added.isEmpty() && retired.isEmpty() && revived.isEmpty();
        }

        /** One line for the version's history: "added A, B; retired C". */
        public String summary() {
            List<String> parts = new ArrayList<>();
            part(parts, "added", added);
            part(parts, "brought back", revived);
            part(parts, "retired", retired);
            return parts.isEmpty() ? "the order or the names' spelling" : String.join("; ", parts);
        }

        private static void part(List<String> parts, String verb, List<Theme> themes) {
            if (!themes.isEmpty()) {
                parts.add(verb + " " + String.join(", ", themes.stream().map(Theme::label).toList()));
            }
        }
    }

    /**
     * Revises {@code all} (every theme, in use and retired) to the {@code labels} listed, as version
     * {@code version}; new themes are returned in {@link Revision#added} for the caller to store.
     * Refused beside the list when two lines name the same theme.
     */
    public static Revision revise(List<Theme> all, List<String> labels, int version) {
        Map<String, Theme> byCode = new HashMap<>();
        all.forEach(theme -> byCode.put(theme.code(), theme));
        Map<String, String> listed = new HashMap<>();
        List<Theme> added = new ArrayList<>();
        List<Theme> revived = new ArrayList<>();
        int position = 0;
        for (String label : labels) {
            String code = FigureKeys.slug(label);
            String before = listed.putIfAbsent(code, label);
            if (before != null) {
                throw InvalidFieldException.refused("themes", "themes.taxonomy.list-each-theme-once-are", before,
                        label);
            }
            position++;
            Theme known = byCode.get(code);
            if (known == null) {
                added.add(new Theme(code, label, position, version));
            } else {
                if (known.isRetired()) {
                    revived.add(known);
                }
                known.keep(label, position);
            }
        }
        List<Theme> retired = new ArrayList<>();
        for (Theme theme : all) {
            if (!listed.containsKey(theme.code()) && !theme.isRetired()) {
                theme.retire(version);
                retired.add(theme);
            }
        }
        return new Revision(List.copyOf(added), List.copyOf(retired), List.copyOf(revived));
    }
}
