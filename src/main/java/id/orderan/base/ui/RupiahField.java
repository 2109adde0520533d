package id.orderan.base.ui;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.HasPrefix;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValidationStatusChangeEvent;
import com.vaadin.flow.data.binder.ValidationStatusChangeListener;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import id.orderan.base.BusinessException;
import id.orderan.base.Rupiah;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A money input on whole rupiah ({@code long}, never {@code int}): accepts what sellers type
 * ({@code 1.250.000}, {@code 1250000}, {@code Rp 1.250.000}) and shows it grouped with dots once the
 * field is left. Negative, malformed or absurdly large input marks the field invalid with a
 * translated message and leaves the value empty; a {@link com.vaadin.flow.data.binder.Binder} picks
 * the same check up as the field's default validator.
 *
 * @see Rupiah#parse(String)
 */
public class RupiahField extends AbstractCompositeField<TextField, RupiahField, @Nullable Long>
        implements HasLabel, HasSize, HasPrefix, HasValidation, HasValidator<Long>, Focusable<RupiahField> {

    private @Nullable String errorKey;
    private final List<ValidationStatusChangeListener<Long>> statusListeners = new ArrayList<>();

    public RupiahField() {
        super(null);
    }

    public RupiahField(String label) {
        this();
        setLabel(label);
    }

    @Override
    protected TextField initContent() {
        var text = new TextField();
        text.setPrefixComponent(new Span("Rp"));
        text.addThemeVariants(TextFieldVariant.LUMO_ALIGN_RIGHT);
        text.setAllowedCharPattern("[0-9.,\\-Rrp ]");
        text.setValueChangeMode(ValueChangeMode.EAGER); // totals follow the typing
        text.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typed(e.getValue());
            }
        });
        text.addBlurListener(e -> showGrouped());
        return text;
    }

    private void typed(String text) {
        boolean wasValid = errorKey == null;
        @Nullable Long parsed;
        try {
            parsed = Rupiah.parse(text);
            errorKey = null;
        } catch (BusinessException e) {
            parsed = null;
            errorKey = e.messageKey();
        }
        getContent().setErrorMessage(errorKey == null ? null : getTranslation(errorKey));
        getContent().setInvalid(errorKey != null);
        setModelValue(parsed, true);
        if (wasValid != (errorKey == null)) {
            var event = new ValidationStatusChangeEvent<Long>(this, errorKey == null);
            List.copyOf(statusListeners).forEach(l -> l.validationStatusChanged(event));
        }
    }

    private void showGrouped() {
        if (errorKey == null) {
            setPresentationValue(getValue());
        }
    }

    @Override
    protected void setPresentationValue(@Nullable Long value) {
        getContent().setValue(value == null ? "" : Rupiah.digits(value));
        if (errorKey != null) {
            errorKey = null;
            getContent().setInvalid(false);
        }
    }

    /** The value, or 0 when the field is empty or holds input that is not an amount. */
    public long amount() {
        Long value = getValue();
        return value == null ? 0 : value;
    }

    /** True when what was typed is not an amount (the field shows why). */
    public boolean hasInputError() {
        return errorKey != null;
    }

    @Override
    public Validator<Long> getDefaultValidator() {
        return (value, context) -> errorKey == null ? ValidationResult.ok()
                : ValidationResult.error(getTranslation(errorKey));
    }

    @Override
    public Registration addValidationStatusChangeListener(ValidationStatusChangeListener<Long> listener) {
        statusListeners.add(listener);
        return () -> statusListeners.remove(listener);
    }

    @Override
    public void setErrorMessage(@Nullable String errorMessage) {
        getContent().setErrorMessage(errorMessage);
    }

    @Override
    public @Nullable String getErrorMessage() {
        return getContent().getErrorMessage();
    }

    @Override
    public void setInvalid(boolean invalid) {
        getContent().setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return getContent().isInvalid();
    }
}
