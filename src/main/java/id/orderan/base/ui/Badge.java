package id.orderan.base.ui;

import com.vaadin.flow.component.html.Span;

/** A small coloured label, styled by {@code .orderan-badge--<style>} in the theme. */
public final class Badge {

    private Badge() {}

    public static Span of(String text, String style) {
        var badge = new Span(text);
        badge.addClassNames("orderan-badge", "orderan-badge--" + style);
        return badge;
    }
}
