package id.orderan.order.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.orderan.customer.CustomerCategory;
import id.orderan.order.OrderSource;
import java.text.DateFormatSymbols;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Search and filters of an order list. Every user change is handed on as a change of
 * {@link OrderListState}; {@link #show} sets the fields from a state, touching only those that differ.
 * On a tablet (≤ 1024 px, see styles.css) the filters fold behind one *Filter* button that shows how
 * many are active; the search field stays in view.
 */
class OrderFilterBar extends Div {

    final TextField search = new TextField();
    final Button filterToggle = new Button();
    private final Span activeCount = new Span();
    private final Div panel = new Div();
    final MultiSelectComboBox<CustomerCategory> categories = new MultiSelectComboBox<>();
    final MultiSelectComboBox<OrderSource> sources = new MultiSelectComboBox<>();
    final Select<DatePreset> datePreset = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Checkbox unprinted = new Checkbox();
    final Checkbox notFollowedUp = new Checkbox();
    final Checkbox codOnly = new Checkbox();
    final Checkbox needsReview = new Checkbox();
    final Button reset = new Button();

    /**
     * @param mayFilterFollowUps whether Belum di-follow up is offered (List Order, for those who see money)
     * @param changes where the user's changes go (the view turns them into the new state)
     */
    OrderFilterBar(boolean mayFilterFollowUps, Supplier<LocalDate> today, Consumer<UnaryOperator<OrderListState>> changes) {
        addClassName("orderan-toolbar");
        search.setPlaceholder(getTranslation("orders.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.setAriaLabel(getTranslation("orders.search.label"));
        search.addClassName("orderan-search");
        search.setId("order-search");
        search.addValueChangeListener(e -> changes.accept(s -> s.withSearch(e.getValue())));

        filterToggle.setText(getTranslation("orders.filter.toggle"));
        filterToggle.setIcon(VaadinIcon.FILTER.create());
        filterToggle.setId("filter-toggle");
        filterToggle.addClassName("orderan-filter-toggle");
        activeCount.setId("filter-count");
        activeCount.addClassName("orderan-tab-count");
        filterToggle.setSuffixComponent(activeCount);
        filterToggle.getElement().setAttribute("aria-expanded", "false");
        filterToggle.addClickListener(e -> {
            boolean open = !panel.hasClassName("orderan-filters--open");
            panel.setClassName("orderan-filters--open", open);
            filterToggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        });

        // placeholders instead of labels: the filter bar stays one or two rows high on a tablet
        categories.setId("filter-category");
        categories.setAriaLabel(getTranslation("orders.filter.category"));
        categories.setItems(CustomerCategory.values());
        categories.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        categories.setPlaceholder(getTranslation("orders.filter.category"));
        categories.addValueChangeListener(e -> changes.accept(s -> s.withCategories(e.getValue())));

        sources.setId("filter-source");
        sources.setAriaLabel(getTranslation("orders.filter.source"));
        sources.setItems(OrderSource.values());
        sources.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        sources.setPlaceholder(getTranslation("orders.filter.source"));
        sources.addValueChangeListener(e -> changes.accept(s -> s.withSources(e.getValue())));

        datePreset.setId("filter-date");
        datePreset.setAriaLabel(getTranslation("orders.filter.date"));
        // native tooltips (title): a Tooltip component per field would be kept by every open list
        datePreset.getElement().setAttribute("title", getTranslation("orders.filter.date"));
        datePreset.setItems(DatePreset.values());
        datePreset.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        datePreset.setValue(DatePreset.ANY);
        datePreset.addValueChangeListener(e -> changes.accept(s -> s.withDatePreset(e.getValue(), today.get())));
        DatePicker.DatePickerI18n i18n = datePickerI18n(getLocale());
        for (DatePicker picker : List.of(from, to)) {
            picker.setI18n(i18n);
            picker.setLocale(getLocale());
            picker.setClearButtonVisible(true);
            picker.addClassName("orderan-date");
        }
        from.addValueChangeListener(e -> changes.accept(s -> s.withFrom(e.getValue(), today.get())));
        to.addValueChangeListener(e -> changes.accept(s -> s.withTo(e.getValue(), today.get())));
        from.setId("filter-from");
        to.setId("filter-to");
        from.setPlaceholder(getTranslation("orders.filter.from"));
        to.setPlaceholder(getTranslation("orders.filter.to"));
        from.setAriaLabel(getTranslation("orders.filter.from"));
        to.setAriaLabel(getTranslation("orders.filter.to"));

        unprinted.setLabel(getTranslation("orders.filter.unprinted"));
        unprinted.setId("filter-unprinted");
        unprinted.addValueChangeListener(e -> changes.accept(s -> s.withUnprinted(e.getValue())));

        notFollowedUp.setLabel(getTranslation("orders.filter.not-followed-up"));
        notFollowedUp.getElement().setAttribute("title", getTranslation("orders.filter.not-followed-up.tooltip"));
        notFollowedUp.setId("filter-not-followed-up");
        notFollowedUp.addValueChangeListener(e -> changes.accept(s -> s.withNotFollowedUp(e.getValue())));
        notFollowedUp.setVisible(mayFilterFollowUps);

        codOnly.setLabel(getTranslation("orders.filter.cod"));
        codOnly.getElement().setAttribute("title", getTranslation("orders.filter.cod.tooltip"));
        codOnly.setId("filter-cod");
        codOnly.addValueChangeListener(e -> changes.accept(s -> s.withCodOnly(e.getValue())));

        needsReview.setLabel(getTranslation("orders.filter.needs-review"));
        needsReview.getElement().setAttribute("title", getTranslation("orders.filter.needs-review.tooltip"));
        needsReview.setId("filter-needs-review");
        needsReview.addValueChangeListener(e -> changes.accept(s -> s.withNeedsReview(e.getValue())));

        reset.setText(getTranslation("orders.filter.reset"));
        reset.setIcon(VaadinIcon.CLOSE_SMALL.create());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.setId("filter-reset");
        reset.addClickListener(e -> changes.accept(OrderListState::withoutFilters));

        panel.addClassName("orderan-filters");
        panel.add(categories, sources, datePreset, from, to, unprinted, notFollowedUp, codOnly, needsReview, reset);
        add(search, filterToggle, panel);
    }

    /** Shows the state; a field already showing its value is left alone (and so fires nothing). */
    void show(OrderListState state, LocalDate today) {
        setIfChanged(search, state.search());
        setIfChanged(categories, state.categories());
        setIfChanged(sources, state.sources());
        setIfChanged(datePreset, state.datePreset());
        setIfChanged(from, state.from(today));
        setIfChanged(to, state.to(today));
        setIfChanged(unprinted, state.unprinted());
        setIfChanged(notFollowedUp, state.notFollowedUp());
        setIfChanged(codOnly, state.codOnly());
        setIfChanged(needsReview, state.needsReview());
        reset.setEnabled(state.anyFilter());
        int active = state.activeFilters();
        activeCount.setText(String.valueOf(active));
        activeCount.setVisible(active > 0);
        filterToggle.setAriaLabel(getTranslation("orders.filter.toggle.active", active));
    }

    private static <V> void setIfChanged(HasValue<?, V> field, V value) {
        if (!Objects.equals(field.getValue(), value)) {
            field.setValue(value);
        }
    }

    private DatePicker.DatePickerI18n datePickerI18n(Locale locale) {
        var symbols = DateFormatSymbols.getInstance(locale);
        List<String> weekdays = Arrays.asList(symbols.getWeekdays()).subList(1, 8);
        List<String> shortWeekdays = Arrays.asList(symbols.getShortWeekdays()).subList(1, 8);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(weekdays)
                .setWeekdaysShort(shortWeekdays)
                .setFirstDayOfWeek(1)
                .setDateFormat("dd/MM/yyyy")
                .setToday(getTranslation("datepicker.today"))
                .setCancel(getTranslation("datepicker.cancel"));
    }
}
