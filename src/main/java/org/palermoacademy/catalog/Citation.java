package org.palermoacademy.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * A reference to the Convention: article, and optionally paragraph (null for the unnumbered paragraph
 * of arts 2 and 23), subparagraph letter, roman item and sub-item, e.g. {@code art. 18(15)(c)}.
 */
public record Citation(int article, Integer paragraph, String subparagraph, String item, String subitem) {

    public static Citation ofArticle(int article) {
        return new Citation(article, null, null, null, null);
    }

    /** The canonical text, e.g. {@code art. 5(1)(a)(ii)}. */
    public String text() {
        List<String> parts = new ArrayList<>();
        if (paragraph != null) {
            parts.add(paragraph.toString());
        }
        if (subparagraph != null) {
            parts.add(subparagraph);
        }
        if (item != null) {
            parts.add(item);
        }
        if (subitem != null) {
            parts.add(subitem);
        }
        StringBuilder sb = new StringBuilder("art. ").append(article);
        parts.forEach(p -> sb.append('(').append(p).append(')'));
        return sb.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
