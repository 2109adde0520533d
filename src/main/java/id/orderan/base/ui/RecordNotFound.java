package id.orderan.base.ui;

import com.vaadin.flow.router.NotFoundException;

/**
 * A route parameter names nothing (an order number mistyped or cut short, a deleted customer): what
 * {@link NotFoundView} says about it and where it sends the user back to. Views reroute to it with
 * {@code event.rerouteToError(new RecordNotFound(…), "")} instead of letting a lookup fail.
 *
 * @param titleKey heading, e.g. {@code notfound.order.title}
 * @param textKey explanation with {@code {0}} for {@code shown}
 * @param shown the parameter as the user typed it
 * @param backPath route of the list to go back to, e.g. {@code orders}
 * @param backKey label of the way back
 */
public class RecordNotFound extends NotFoundException {

    private final String titleKey;
    private final String textKey;
    private final String shown;
    private final String backPath;
    private final String backKey;

    public RecordNotFound(String titleKey, String textKey, String shown, String backPath, String backKey) {
        super(titleKey + " " + shown);
        this.titleKey = titleKey;
        this.textKey = textKey;
        this.shown = shown;
        this.backPath = backPath;
        this.backKey = backKey;
    }

    public String titleKey() {
        return titleKey;
    }

    public String textKey() {
        return textKey;
    }

    public String shown() {
        return shown;
    }

    public String backPath() {
        return backPath;
    }

    public String backKey() {
        return backKey;
    }
}
