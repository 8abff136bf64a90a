package uk.safeguarding.reviews.linking.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups live links into families' sets of linked reviews: two links belong to one set when they
 * share a review, directly or through other links (a child's RR linked to a SAR, the SAR to a DHR).
 */
public final class LinkSets {

    private LinkSets() {
    }

    /** Each set's links, oldest first; sets ordered by their oldest link. Ended links are left out. */
    public static List<List<ReviewLink>> of(List<ReviewLink> links) {
        Map<String, String> parent = new HashMap<>();
        List<ReviewLink> live = links.stream().filter(ReviewLink::isLive)
                .sorted(Comparator.comparing(ReviewLink::createdAt).thenComparing(ReviewLink::id)).toList();
        for (ReviewLink link : live) {
            union(parent, link.a().reviewKey(), link.b().reviewKey());
        }
        Map<String, List<ReviewLink>> sets = new LinkedHashMap<>();
        for (ReviewLink link : live) {
            sets.computeIfAbsent(find(parent, link.a().reviewKey()), root -> new ArrayList<>()).add(link);
        }
        return sets.values().stream().map(List::copyOf).toList();
    }

    private static String find(Map<String, String> parent, String key) {
        String root = key;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(key, root);
        return root;
    }

    private static void union(Map<String, String> parent, String first, String second) {
        parent.putIfAbsent(first, first);
        parent.putIfAbsent(second, second);
        String a = find(parent, first);
        String b = find(parent, second);
        if (!a.equals(b)) {
            parent.put(b, a);
        }
    }
}
