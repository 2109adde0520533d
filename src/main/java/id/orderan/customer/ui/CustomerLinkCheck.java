package id.orderan.customer.ui;

import id.orderan.base.BusinessException;
import id.orderan.base.ui.MissingRouteTarget;
import id.orderan.customer.CustomerService;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** {@code customers/:id} with an id that is no number or names no customer: HTTP 404. */
@Component
class CustomerLinkCheck implements MissingRouteTarget {

    private static final Pattern CUSTOMER_PAGE = Pattern.compile("customers/([^/]+)/?");

    private final CustomerService customers;

    CustomerLinkCheck(CustomerService customers) {
        this.customers = customers;
    }

    @Override
    public boolean isMissing(String path) {
        var matcher = CUSTOMER_PAGE.matcher(path);
        if (!matcher.matches()) {
            return false;
        }
        try {
            customers.get(Long.parseLong(matcher.group(1)));
            return false;
        } catch (NumberFormatException e) {
            return true;
        } catch (BusinessException e) {
            return "error.customer.not-found".equals(e.messageKey());
        }
    }
}
