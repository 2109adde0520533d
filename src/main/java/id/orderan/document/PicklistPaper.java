package id.orderan.document;

import id.orderan.base.Labelled;
import java.util.Locale;
import java.util.Optional;

/** The paper a picklist prints on: an office A4 sheet, or the packing table's 100×150 mm thermal roll. */
public enum PicklistPaper implements Labelled {
    A4("a4", "210mm 297mm", "10mm"),
    THERMAL_100X150("100x150", "100mm 150mm", "4mm");

    private final String slug;
    private final String pageSize;
    private final String pageMargin;

    PicklistPaper(String slug, String pageSize, String pageMargin) {
        this.slug = slug;
        this.pageSize = pageSize;
        this.pageMargin = pageMargin;
    }

    public String slug() {
        return slug;
    }

    String pageSize() {
        return pageSize;
    }

    String pageMargin() {
        return pageMargin;
    }

    @Override
    public String labelKey() {
        return "picklist-paper." + slug;
    }

    public static Optional<PicklistPaper> fromSlug(String slug) {
        for (PicklistPaper paper : values()) {
            if (paper.slug.equals(slug.toLowerCase(Locale.ROOT))) {
                return Optional.of(paper);
            }
        }
        return Optional.empty();
    }
}
