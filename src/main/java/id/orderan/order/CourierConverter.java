package id.orderan.order;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stores a {@link Courier} as its code (shipments, order forms) and loads it with the name the
 * courier list gives it now; a code no longer in the list loads as itself. Hibernate builds it through
 * Spring (Boot's bean container), so the list is injected; built by reflection it falls back to the
 * built-in couriers.
 */
@Converter
public class CourierConverter implements AttributeConverter<Courier, String> {

    private final @Nullable CourierDirectory directory;

    public CourierConverter() {
        this.directory = null;
    }

    @Autowired
    CourierConverter(CourierDirectory directory) {
        this.directory = directory;
    }

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable Courier courier) {
        return courier == null ? null : courier.code();
    }

    @Override
    public @Nullable Courier convertToEntityAttribute(@Nullable String code) {
        if (code == null) {
            return null;
        }
        return directory == null ? Courier.stored(code) : directory.courier(code);
    }
}
