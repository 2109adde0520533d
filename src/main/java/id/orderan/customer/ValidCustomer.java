package id.orderan.customer;

import id.orderan.base.Address;
import id.orderan.base.BusinessException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A {@link CustomerCommand} after the customer rules: normalised values or a translated refusal. The
 * form's save and the import's batch both go through here, so a file cannot hold what the form
 * would refuse.
 */
record ValidCustomer(String name, CustomerCategory category, @Nullable String phone, @Nullable String email,
        @Nullable String dropshipName, @Nullable String dropshipPhone) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    static ValidCustomer of(CustomerCommand command) {
        String name = command.name().strip();
        if (name.isEmpty()) {
            throw new BusinessException("error.customer.name-required");
        }
        if (name.length() > 120) {
            throw new BusinessException("error.customer.name-too-long", 120);
        }
        @Nullable String phone = phone(command.phone(), "error.customer.phone-invalid");
        @Nullable String email = email(command.email());
        boolean dropshipper = command.category() == CustomerCategory.DROPSHIPPER;
        @Nullable String dropshipName = dropshipper ? blankToNull(command.dropshipName()) : null;
        @Nullable String dropshipPhone = dropshipper ? phone(command.dropshipPhone(),
                "error.customer.dropship-phone-invalid") : null;
        return new ValidCustomer(name, command.category(), phone, email, dropshipName, dropshipPhone);
    }

    static @Nullable String email(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String email = typed.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches() || email.length() > 150) {
            throw new BusinessException("error.customer.email-invalid", typed);
        }
        return email;
    }

    static @Nullable String phone(@Nullable String typed, String errorKey) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return PhoneNumber.normalize(typed).orElseThrow(() -> new BusinessException(errorKey, typed));
    }

    /** The kode pos, when there is one, is five digits. */
    static Address requirePostalCode(Address address) {
        if (address.postalCode() != null && !POSTAL_CODE.matcher(address.postalCode()).matches()) {
            throw new BusinessException("error.customer.postal-code-invalid", address.postalCode());
        }
        return address;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
