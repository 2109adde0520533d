package id.orderan.document;

import id.orderan.base.Labelled;
import java.util.Locale;
import java.util.Optional;

/** Label paper: thermal 100×150 mm (most couriers' printers), A6, or four labels on an A4 sheet. */
public enum LabelFormat implements Labelled {
    THERMAL_100X150("100x150", "100mm 150mm", "4mm", 1),
    A6("a6", "105mm 148mm", "4mm", 1),
    /** 8 mm all round: office printers cannot print the outer 4–5 mm of a sheet. */
    A4_4UP("a4-4up", "210mm 297mm", "8mm", 4);

    private final String slug;
    private final String pageSize;
    private final String pageMargin;
    private final int perPage;

    LabelFormat(String slug, String pageSize, String pageMargin, int perPage) {
        this.slug = slug;
        this.pageSize = pageSize;
        this.pageMargin = pageMargin;
        this.perPage = perPage;
    }

    public String slug() {
        return slug;
    }

    public String pageSize() {
        return pageSize;
    }

    /** The same on all four sides of the sheet. */
    public String pageMargin() {
        return pageMargin;
    }

    public int perPage() {
        return perPage;
    }

    @Override
    public String labelKey() {
        return "label-format." + slug;
    }

    public static Optional<LabelFormat> fromSlug(String slug) {
        for (LabelFormat format : values()) {
            if (format.slug.equals(slug.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
