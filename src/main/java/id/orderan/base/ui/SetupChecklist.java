package id.orderan.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import id.orderan.base.SetupStep;
import java.util.Comparator;
import java.util.List;

/**
 * *Mulai*: what a new shop still has to set up before it can sell, each step a link to its screen.
 * Every step is asked once, when the checklist is built; a shop where all are done gets none.
 *
 * @see "docs/decisions/0040-mulai-checklist.md"
 */
public class SetupChecklist extends Div {

    public static final String DONE_CLASS = "orderan-setup__step--done";

    private final boolean complete;

    public SetupChecklist(List<SetupStep> steps) {
        addClassName("orderan-setup");
        addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.MEDIUM,
                LumoUtility.Background.CONTRAST_5);
        setId("setup-checklist");
        setWidthFull();

        var list = new UnorderedList();
        list.addClassNames(LumoUtility.ListStyleType.NONE, LumoUtility.Padding.NONE, LumoUtility.Margin.NONE,
                LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        int done = 0;
        for (SetupStep step : steps.stream().sorted(Comparator.comparingInt(SetupStep::position)).toList()) {
            boolean stepDone = step.done();
            done += stepDone ? 1 : 0;
            list.add(item(step, stepDone));
        }
        complete = done == steps.size();

        var title = new H3(getTranslation("setup.title"));
        title.addClassNames(LumoUtility.Margin.Top.NONE, LumoUtility.Margin.Bottom.XSMALL);
        var progress = new Paragraph(getTranslation("setup.progress", done, steps.size()));
        progress.addClassNames(LumoUtility.Margin.Top.NONE, LumoUtility.TextColor.SECONDARY);
        add(title, progress, list);
        setVisible(!complete);
    }

    /** True when every step is done: the checklist has nothing left to say. */
    public boolean isComplete() {
        return complete;
    }

    private ListItem item(SetupStep step, boolean done) {
        Icon icon = (done ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
        icon.addClassName(done ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.TERTIARY);
        icon.setTooltipText(getTranslation(done ? "setup.done" : "setup.todo"));
        icon.getElement().setAttribute("aria-label", getTranslation(done ? "setup.done" : "setup.todo"));
        var link = new Anchor(step.route(), getTranslation(step.labelKey()));
        var item = new ListItem(icon, link);
        item.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.SMALL);
        if (done) {
            item.addClassName(DONE_CLASS);
        }
        return item;
    }
}
